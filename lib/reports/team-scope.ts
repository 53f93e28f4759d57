// Whose records a team report shows, as SQL for its WHERE clause (STYLE.md: the scope is in the query, never a
// filter applied afterwards). One rule per kind of viewer:
// - team: a manager's direct reports, by lib/team/scope.ts's one rule (primary, current job assignment: never
//   reports of reports, never a former manager);
// - admin: site admins see everyone; an L&D admin sees the records of the learning their L&D teams own (courses
//   through coursesManagedBy, programs and certifications through canManageTeamItem), and the people who have
//   such records, as Admin does.
import { coursesManagedBy } from '@/lib/auth/course-manager';
import { canManageTeamItem, isLdAdmin } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { ForbiddenError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { listDirectReportIds } from '@/lib/team/scope';
import type { ReportScope } from './team-schemas';

export type ResolvedScope = {
  kind: ReportScope;
  viewerId: number;
  /** Admin scope over everything (site admins). */
  everything: boolean;
  /** Team scope: the manager's direct reports, by the one rule of lib/team/scope.ts. */
  personIds: number[];
  /** Admin scope of an L&D admin: the courses and programs (and certifications) their teams own. */
  courseIds: number[];
  programIds: number[];
};

/** The scopes the viewer may use, the default first (a manager's own team). */
export function allowedScopes(viewer: Viewer): ReportScope[] {
  return [...(viewer.isManager ? (['team'] as const) : []), ...(isLdAdmin(viewer) ? (['admin'] as const) : [])];
}

/** The scope asked for, or the default; ForbiddenError when the viewer has no team and no L&D role. */
export async function resolveScope(
  viewer: Viewer,
  requested: ReportScope | undefined,
  now: Date = new Date(),
): Promise<ResolvedScope> {
  const allowed = allowedScopes(viewer);
  const kind = requested ?? allowed[0];
  if (!kind || !allowed.includes(kind)) throw new ForbiddenError();
  const base = { kind, viewerId: viewer.id, everything: false, personIds: [], courseIds: [], programIds: [] };
  if (kind === 'team') return { ...base, personIds: await listDirectReportIds(viewer, now) };
  if (viewer.isSiteAdmin) return { ...base, everything: true };
  const [courses, programs] = await Promise.all([
    db.course.findMany({ where: coursesManagedBy(viewer), select: { id: true } }),
    db.program.findMany({ where: { ownerTeamId: { not: null } }, select: { id: true, ownerTeamId: true } }),
  ]);
  return {
    ...base,
    courseIds: courses.map((c) => c.id),
    programIds: programs.filter((p) => canManageTeamItem(viewer, p.ownerTeamId)).map((p) => p.id),
  };
}

/**
 * `person` is one of the manager's direct reports (team scope only; admin scope is decided by the learning). The
 * list comes from lib/team/scope.ts, so the reports and My Team cannot disagree about who is in the team.
 */
export function directReportSql(scope: ResolvedScope, person: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${person} = ANY(${scope.personIds}::int[])`;
}

/** The learning (a course id or program id column) the scope covers. */
export function ownedLearningSql(scope: ResolvedScope, kind: 'course' | 'program', id: Prisma.Sql): Prisma.Sql {
  if (scope.kind === 'team' || scope.everything) return Prisma.sql`TRUE`;
  return Prisma.sql`${id} = ANY(${kind === 'course' ? scope.courseIds : scope.programIds}::int[])`;
}

/** The rows of a learning record (its person, its course or program) the scope covers. */
export function recordScopeSql(
  scope: ResolvedScope,
  person: Prisma.Sql,
  kind: 'course' | 'program',
  id: Prisma.Sql,
): Prisma.Sql {
  if (scope.kind === 'team') return directReportSql(scope, person);
  return ownedLearningSql(scope, kind, id);
}

/** The people the scope covers, for the members report. */
export function personScopeSql(scope: ResolvedScope, person: Prisma.Sql): Prisma.Sql {
  if (scope.kind === 'team') return directReportSql(scope, person);
  if (scope.everything) return Prisma.sql`TRUE`;
  return Prisma.sql`(EXISTS (SELECT 1 FROM "CourseCompletion" s_cc
      WHERE s_cc."userId" = ${person} AND s_cc."courseId" = ANY(${scope.courseIds}::int[]))
    OR EXISTS (SELECT 1 FROM "ProgramCompletion" s_pc
      WHERE s_pc."userId" = ${person} AND s_pc."programId" = ANY(${scope.programIds}::int[]))
    OR EXISTS (SELECT 1 FROM "CertificationCompletion" s_ce JOIN "Certification" s_cf ON s_cf.id = s_ce."certificationId"
      WHERE s_ce."userId" = ${person} AND s_cf."programId" = ANY(${scope.programIds}::int[])))`;
}
