// Admin reads for categories and courses: lists, edit forms and the read-only view (lib/auth/course-manager
// decides who may manage a course; categories are their owning team's).
import type { Viewer } from '@/lib/auth/viewer';
import {
  canManageCourse,
  coursesManagedBy,
  requireCourseManager,
  requireCourseReader,
} from '@/lib/auth/course-manager';
import { assertCanManageTeamItem, assertLdAdmin, canManageTeamItem } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';

/** Teams the viewer may assign as owner (site admins: every team). */
export async function listAssignableTeams(viewer: Viewer): Promise<{ id: number; name: string }[]> {
  assertLdAdmin(viewer);
  return db.ldTeam.findMany({
    where: viewer.isSiteAdmin ? {} : { id: { in: viewer.ldTeamIds } },
    orderBy: { name: 'asc' },
    select: { id: true, name: true },
  });
}

// Categories

export type AdminCategory = {
  id: number;
  name: string;
  depth: number;
  path: string;
  visible: boolean;
  ownerTeamName: string | null;
  canManage: boolean;
  courseCount: number;
};

export async function listAdminCategories(viewer: Viewer): Promise<AdminCategory[]> {
  assertLdAdmin(viewer);
  const rows = await db.category.findMany({
    orderBy: [{ path: 'asc' }],
    select: {
      id: true,
      name: true,
      depth: true,
      path: true,
      visible: true,
      sortOrder: true,
      ownerTeamId: true,
      ownerTeam: { select: { name: true } },
      _count: { select: { courses: true } },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const key = (path: string) =>
    path
      .split('/')
      .filter(Boolean)
      .map((id) => {
        const c = byId.get(Number(id));
        return c ? `${String(c.sortOrder).padStart(6, '0')}${c.name.toLowerCase()}` : '';
      })
      .join('/');
  return rows
    .sort((a, b) => key(a.path).localeCompare(key(b.path)))
    .map((r) => ({
      id: r.id,
      name: r.name,
      depth: r.depth,
      path: r.path,
      visible: r.visible,
      ownerTeamName: r.ownerTeam?.name ?? null,
      canManage: canManageTeamItem(viewer, r.ownerTeamId),
      courseCount: r._count.courses,
    }));
}

export async function getCategoryForEdit(viewer: Viewer, id: number) {
  assertLdAdmin(viewer);
  const category = await db.category.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      description: true,
      parentId: true,
      ownerTeamId: true,
      sortOrder: true,
      visible: true,
    },
  });
  if (!category) throw new NotFoundError('We could not find that category.');
  assertCanManageTeamItem(viewer, category.ownerTeamId);
  return category;
}

// Courses

export type AdminCourseRow = {
  id: number;
  shortName: string;
  fullName: string;
  categoryName: string;
  ownerTeamName: string | null;
  visibility: string;
  archived: boolean;
  enrolled: number;
  canManage: boolean;
};

/**
 * Courses the viewer manages (site admins: all), searchable by name, paged. With `everyTeam`, L&D admins also
 * get other teams' courses, which they may only read.
 */
export async function listAdminCourses(
  viewer: Viewer,
  options: { q?: string; page?: number; everyTeam?: boolean } = {},
) {
  assertLdAdmin(viewer);
  const pageSize = 25;
  const page = Math.max(1, options.page ?? 1);
  const where: Prisma.CourseWhereInput = {
    ...(options.everyTeam ? {} : coursesManagedBy(viewer)),
    ...(options.q
      ? {
          OR: [
            { fullName: { contains: options.q, mode: 'insensitive' } },
            { shortName: { contains: options.q, mode: 'insensitive' } },
          ],
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db.course.findMany({
      where,
      orderBy: [{ fullName: 'asc' }, { id: 'asc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        shortName: true,
        fullName: true,
        visibility: true,
        archivedAt: true,
        ownerTeamId: true,
        category: { select: { name: true } },
        ownerTeam: { select: { name: true } },
        _count: { select: { enrolments: true } },
      },
    }),
    db.course.count({ where }),
  ]);
  return {
    rows: rows.map((r) => ({
      id: r.id,
      shortName: r.shortName,
      fullName: r.fullName,
      categoryName: r.category.name,
      ownerTeamName: r.ownerTeam?.name ?? null,
      visibility: r.visibility,
      archived: r.archivedAt !== null,
      enrolled: r._count.enrolments,
      canManage: canManageCourse(viewer, r),
    })),
    total,
    page,
    pageSize,
  };
}

/** What another team's L&D admin may read about a course: its settings, without anything to change them. */
export type CourseReadOnlyView = {
  id: number;
  shortName: string;
  fullName: string;
  summary: string;
  categoryName: string;
  ownerTeamName: string | null;
  format: string;
  lengthText: string | null;
  visibility: string;
  archived: boolean;
  contactText: string | null;
  contactEmail: string | null;
  activities: { id: number; name: string; type: string }[];
  enrolled: number;
};

/** The admin course page: the edit form's data for its managers, a read-only summary for other L&D admins. */
export async function getCourseAdminView(
  viewer: Viewer,
  courseId: number,
): Promise<
  | { canManage: true; course: Awaited<ReturnType<typeof getCourseForEdit>> }
  | { canManage: false; course: CourseReadOnlyView }
> {
  const access = await requireCourseReader(viewer, courseId);
  if (access.canManage) return { canManage: true, course: await getCourseForEdit(viewer, courseId) };
  const course = await db.course.findUniqueOrThrow({
    where: { id: courseId },
    select: {
      id: true,
      shortName: true,
      fullName: true,
      summary: true,
      format: true,
      lengthText: true,
      visibility: true,
      archivedAt: true,
      contactText: true,
      contactEmail: true,
      category: { select: { name: true } },
      ownerTeam: { select: { name: true } },
      activities: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], select: { id: true, name: true, type: true } },
      _count: { select: { enrolments: true } },
    },
  });
  return {
    canManage: false,
    course: {
      id: course.id,
      shortName: course.shortName,
      fullName: course.fullName,
      summary: course.summary,
      categoryName: course.category.name,
      ownerTeamName: course.ownerTeam?.name ?? null,
      format: course.format,
      lengthText: course.lengthText,
      visibility: course.visibility,
      archived: course.archivedAt !== null,
      contactText: course.contactText,
      contactEmail: course.contactEmail,
      activities: course.activities,
      enrolled: course._count.enrolments,
    },
  };
}

export async function getCourseForEdit(viewer: Viewer, courseId: number) {
  await requireCourseManager(viewer, courseId);
  return db.course.findUniqueOrThrow({
    where: { id: courseId },
    include: {
      organisations: { select: { organisationId: true } },
      audiences: { select: { audienceId: true } },
      enrolmentMethods: { select: { type: true, enabled: true, welcomeText: true, maxEnrolled: true } },
    },
  });
}

/** Organisations and audiences to choose from for course visibility. */
export async function listVisibilityOptions(viewer: Viewer) {
  assertLdAdmin(viewer);
  const [organisations, audiences, categories] = await Promise.all([
    db.organisation.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db.audience.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db.category.findMany({ orderBy: { path: 'asc' }, select: { id: true, name: true, depth: true } }),
  ]);
  return { organisations, audiences, categories };
}

/** People enrolled on a course, for the admin enrolments page. */
export async function listCourseEnrolments(viewer: Viewer, courseId: number) {
  await requireCourseManager(viewer, courseId);
  return db.enrolment.findMany({
    where: { courseId },
    orderBy: [{ user: { lastName: 'asc' } }, { user: { firstName: 'asc' } }],
    take: 500,
    select: {
      source: true,
      enrolledAt: true,
      status: true,
      user: {
        select: {
          id: true,
          username: true,
          firstName: true,
          lastName: true,
          courseCompletions: { where: { courseId }, select: { status: true, progressPercent: true } },
        },
      },
    },
  });
}
