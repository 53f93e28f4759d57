// Admin reads and writes for categories and courses. L&D admins manage their team's items; site admins all.
import type { Viewer } from '@/lib/auth/viewer';
import {
  canManageCourse,
  coursesManagedBy,
  requireCourseManager,
  requireCourseReader,
} from '@/lib/auth/course-manager';
import { assertCanManageTeamItem, assertLdAdmin, canManageTeamItem } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { ConflictError, fromPrismaError, NotFoundError, ValidationError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { childPath } from './categories';
import type { CategoryInput, CourseInput } from './schemas';

/** Teams the viewer may assign as owner (site admins: every team). */
export async function listAssignableTeams(viewer: Viewer): Promise<{ id: number; name: string }[]> {
  assertLdAdmin(viewer);
  return db.ldTeam.findMany({
    where: viewer.isSiteAdmin ? {} : { id: { in: viewer.ldTeamIds } },
    orderBy: { name: 'asc' },
    select: { id: true, name: true },
  });
}

function assertOwnerAllowed(viewer: Viewer, ownerTeamId: number | null) {
  if (viewer.isSiteAdmin) return;
  if (ownerTeamId === null || !viewer.ldTeamIds.includes(ownerTeamId)) {
    throw new ValidationError({ ownerTeamId: 'Choose one of your teams as the owner' });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Categories

function categoryNameClash(error: unknown): unknown {
  const mapped = fromPrismaError(error, 'A category with that name already exists here.');
  return mapped instanceof ConflictError ? new ValidationError({ name: mapped.message }) : mapped;
}

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

export async function createCategory(viewer: Viewer, input: CategoryInput): Promise<{ id: number }> {
  assertLdAdmin(viewer);
  assertOwnerAllowed(viewer, input.ownerTeamId);
  try {
    return await db.$transaction(async (tx) => {
      const parent = input.parentId
        ? await tx.category.findUnique({ where: { id: input.parentId }, select: { path: true, depth: true } })
        : null;
      if (input.parentId && !parent) throw new ValidationError({ parentId: 'Choose a parent category that exists' });
      const created = await tx.category.create({
        data: {
          name: input.name,
          description: input.description,
          parentId: input.parentId,
          ownerTeamId: input.ownerTeamId,
          sortOrder: input.sortOrder,
          visible: input.visible,
        },
        select: { id: true },
      });
      await tx.category.update({
        where: { id: created.id },
        data: { path: childPath(parent, created.id), depth: parent ? parent.depth + 1 : 0 },
      });
      return created;
    });
  } catch (error) {
    throw categoryNameClash(error);
  }
}

/** Updates a category; moving it re-paths its whole subtree in one statement. */
export async function updateCategory(viewer: Viewer, id: number, input: CategoryInput): Promise<void> {
  const existing = await getCategoryForEdit(viewer, id);
  assertOwnerAllowed(viewer, input.ownerTeamId);
  try {
    await db.$transaction(async (tx) => {
      const current = await tx.category.findUniqueOrThrow({ where: { id }, select: { path: true, depth: true } });
      let path = current.path;
      let depth = current.depth;
      if (input.parentId !== existing.parentId) {
        const parent = input.parentId
          ? await tx.category.findUnique({ where: { id: input.parentId }, select: { path: true, depth: true } })
          : null;
        if (input.parentId && !parent) throw new ValidationError({ parentId: 'Choose a parent category that exists' });
        if (parent && parent.path.startsWith(current.path))
          throw new ValidationError({ parentId: 'A category cannot go inside itself' });
        path = childPath(parent, id);
        depth = parent ? parent.depth + 1 : 0;
        await tx.$executeRaw`UPDATE "Category" SET "path" = ${path} || substr("path", ${current.path.length + 1}),
          "depth" = "depth" + ${depth - current.depth} WHERE "path" LIKE ${`${current.path}%`} AND "id" <> ${id}`;
      }
      await tx.category.update({
        where: { id },
        data: {
          name: input.name,
          description: input.description,
          parentId: input.parentId,
          ownerTeamId: input.ownerTeamId,
          sortOrder: input.sortOrder,
          visible: input.visible,
          path,
          depth,
        },
      });
    });
  } catch (error) {
    throw categoryNameClash(error);
  }
}

// ---------------------------------------------------------------------------------------------------------------
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

function courseData(input: CourseInput) {
  return {
    shortName: input.shortName,
    fullName: input.fullName,
    summary: input.summary,
    aim: input.aim,
    audienceText: input.audienceText,
    lengthText: input.lengthText,
    costPence: input.cost,
    format: input.format,
    keywords: input.keywords,
    overviewHtml: input.overviewHtml,
    instructionsHtml: input.instructionsHtml,
    categoryId: input.categoryId!,
    ownerTeamId: input.ownerTeamId,
    smeName: input.smeName,
    contactText: input.contactText,
    contactEmail: input.contactEmail,
    lastReviewedAt: input.lastReviewedAt,
    visibility: input.visibility,
    shareEnabled: input.shareEnabled,
    completionEnabled: input.completionEnabled,
    completionAggregation: input.completionAggregation,
  };
}

async function saveCourseRelations(tx: Prisma.TransactionClient, courseId: number, input: CourseInput) {
  if (input.visibility === 'RESTRICTED' && input.organisationIds.length === 0 && input.audienceIds.length === 0) {
    throw new ValidationError({
      organisationIds: 'Choose at least one organisation or audience that can see the course',
    });
  }
  await tx.courseOrganisation.deleteMany({ where: { courseId } });
  await tx.courseAudience.deleteMany({ where: { courseId } });
  if (input.visibility === 'RESTRICTED') {
    await tx.courseOrganisation.createMany({
      data: input.organisationIds.map((organisationId) => ({ courseId, organisationId })),
    });
    await tx.courseAudience.createMany({ data: input.audienceIds.map((audienceId) => ({ courseId, audienceId })) });
  }
  // One self-enrolment method at a time; switching keeps the method rows (and their enrolments' history).
  await tx.enrolmentMethod.updateMany({
    where: { courseId, type: { in: ['SELF_BEFORE_CONTENT', 'SELF_AFTER_VIEW'] } },
    data: { enabled: false },
  });
  if (input.selfEnrolment !== 'NONE') {
    await tx.enrolmentMethod.upsert({
      where: { courseId_type: { courseId, type: input.selfEnrolment } },
      create: {
        courseId,
        type: input.selfEnrolment,
        welcomeText: input.enrolmentWelcome,
        maxEnrolled: input.maxEnrolled,
      },
      update: { enabled: true, welcomeText: input.enrolmentWelcome, maxEnrolled: input.maxEnrolled },
    });
  }
}

export async function createCourse(viewer: Viewer, input: CourseInput): Promise<{ id: number }> {
  assertLdAdmin(viewer);
  assertOwnerAllowed(viewer, input.ownerTeamId);
  try {
    return await db.$transaction(async (tx) => {
      const course = await tx.course.create({
        data: { ...courseData(input), archivedAt: input.archived ? new Date() : null },
        select: { id: true },
      });
      await saveCourseRelations(tx, course.id, input);
      return course;
    });
  } catch (error) {
    throw translateCourseError(error);
  }
}

export async function updateCourse(viewer: Viewer, courseId: number, input: CourseInput): Promise<void> {
  await requireCourseManager(viewer, courseId);
  assertOwnerAllowed(viewer, input.ownerTeamId);
  try {
    await db.$transaction(async (tx) => {
      const current = await tx.course.findUniqueOrThrow({ where: { id: courseId }, select: { archivedAt: true } });
      await tx.course.update({
        where: { id: courseId },
        data: { ...courseData(input), archivedAt: input.archived ? (current.archivedAt ?? new Date()) : null },
      });
      await saveCourseRelations(tx, courseId, input);
    });
  } catch (error) {
    throw translateCourseError(error);
  }
}

function translateCourseError(error: unknown): unknown {
  const mapped = fromPrismaError(error, 'Another course already uses that short name.');
  if (mapped instanceof ConflictError) return new ValidationError({ shortName: mapped.message });
  const code = (error as { code?: string } | null)?.code;
  if (code === 'P2003')
    return new ValidationError({ categoryId: 'Choose a category, organisation or audience that exists' });
  return mapped;
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
