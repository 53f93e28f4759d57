// Admin writes for categories and courses. L&D admins change their team's items; site admins all.
import type { Viewer } from '@/lib/auth/viewer';
import { requireCourseManager } from '@/lib/auth/course-manager';
import { assertLdAdmin } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { ConflictError, fromPrismaError, ValidationError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getCategoryForEdit } from './admin-queries';
import { childPath } from './categories';
import type { CategoryInput, CourseInput } from './schemas';

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
