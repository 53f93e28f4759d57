// Who may see a course: the one rule behind the catalogue, course pages and every activity route.
import type { Viewer } from '@/lib/auth/viewer';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Prisma filter for the courses the viewer may see. EVERYONE courses are open to all signed-in people;
 * RESTRICTED ones to the listed organisations and audiences; an enrolment always grants access (e.g. a program
 * enrolled the learner); admins see what their team owns, site admins see everything.
 */
export function courseVisibleWhere(viewer: Viewer): Prisma.CourseWhereInput {
  if (viewer.isSiteAdmin) return {};
  const or: Prisma.CourseWhereInput[] = [
    { visibility: 'EVERYONE', archivedAt: null },
    {
      visibility: 'RESTRICTED',
      archivedAt: null,
      OR: [
        { organisations: { some: { organisationId: viewer.organisationId } } },
        { audiences: { some: { audience: { members: { some: { userId: viewer.id } } } } } },
      ],
    },
    { enrolments: { some: { userId: viewer.id, status: 'ACTIVE' } } },
  ];
  if (viewer.ldTeamIds.length > 0) or.push({ ownerTeamId: { in: viewer.ldTeamIds } });
  return { OR: or };
}

/**
 * The same rule as SQL for raw catalogue queries: a condition on the course alias `c`. Its parameters are
 * numbered from `first` ($first = organisation, $first+1 = user, $first+2 = teams).
 */
export function courseVisibleSql(viewer: Viewer, first: number): { sql: string; params: unknown[] } {
  if (viewer.isSiteAdmin) return { sql: 'TRUE', params: [] };
  const ORG = `$${first}`;
  const USER = `$${first + 1}`;
  const TEAMS = `$${first + 2}`;
  const teamClause = viewer.ldTeamIds.length > 0 ? ` OR c."ownerTeamId" = ANY(${TEAMS}::int[])` : '';
  return {
    sql: `((c."archivedAt" IS NULL AND (c."visibility" = 'EVERYONE' OR (c."visibility" = 'RESTRICTED' AND (
        EXISTS (SELECT 1 FROM "CourseOrganisation" co WHERE co."courseId" = c."id" AND co."organisationId" = ${ORG})
        OR EXISTS (SELECT 1 FROM "CourseAudience" ca JOIN "AudienceMember" am ON am."audienceId" = ca."audienceId"
                   WHERE ca."courseId" = c."id" AND am."userId" = ${USER})))))
      OR EXISTS (SELECT 1 FROM "Enrolment" e WHERE e."courseId" = c."id" AND e."userId" = ${USER} AND e."status" = 'ACTIVE')${teamClause})`,
    params:
      viewer.ldTeamIds.length > 0
        ? [viewer.organisationId, viewer.id, viewer.ldTeamIds]
        : [viewer.organisationId, viewer.id],
  };
}

/**
 * The same rule from the people's side, leaving out the enrolment that always grants access: who may find the
 * course in Find Learning. Used to warn before an admin enrols by hand someone the course is not meant for.
 */
export function peopleWhoMayFindCourseWhere(course: {
  id: number;
  visibility: 'EVERYONE' | 'RESTRICTED' | 'HIDDEN';
  archivedAt: Date | null;
}): Prisma.UserWhereInput {
  const admins: Prisma.UserWhereInput[] = [
    { isSiteAdmin: true },
    { teamMemberships: { some: { team: { courses: { some: { id: course.id } } } } } },
  ];
  if (course.archivedAt === null && course.visibility === 'EVERYONE') return {};
  if (course.archivedAt !== null || course.visibility === 'HIDDEN') return { OR: admins };
  return {
    OR: [
      ...admins,
      { organisation: { courseVisibilities: { some: { courseId: course.id } } } },
      { audienceMemberships: { some: { audience: { courseVisibilities: { some: { courseId: course.id } } } } } },
    ],
  };
}
