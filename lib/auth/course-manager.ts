// The one answer to "may this person manage this course": the course's owning L&D team and site admins manage
// it and everything in it (activities, quizzes, workshops and sessions, SCORM packages, enrolments, completion).
// Other L&D admins may read a course's settings, read-only; nobody else sees a course in Admin. Every admin read
// and write of a course's things calls requireCourseManager (or requireCourseReader for the read-only view), and
// lists filter with coursesManagedBy. Guards only read.
import type { Viewer } from '@/lib/auth/viewer';
import { isLdAdmin } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isId } from '@/lib/validation';

export type ManagedCourse = { id: number; fullName: string; ownerTeamId: number | null };
export type ReadableCourse = ManagedCourse & { canManage: boolean };

const COURSE_NOT_FOUND = 'We could not find that course.';
export const READ_ONLY_MESSAGE = 'This course belongs to another L&D team: you can view it but not change it.';

/** `where` for the courses the viewer manages (site admins: every course; no L&D team: none). */
export function coursesManagedBy(viewer: Viewer): Prisma.CourseWhereInput {
  return viewer.isSiteAdmin ? {} : { ownerTeamId: { in: viewer.ldTeamIds } };
}

/** True when the viewer manages a course with this owner (for showing edit controls on a loaded course). */
export function canManageCourse(viewer: Viewer, course: { ownerTeamId: number | null }): boolean {
  if (viewer.isSiteAdmin) return true;
  return course.ownerTeamId !== null && viewer.ldTeamIds.includes(course.ownerTeamId);
}

async function loadCourse(courseId: number): Promise<ManagedCourse> {
  const course = isId(courseId)
    ? await db.course.findUnique({ where: { id: courseId }, select: { id: true, fullName: true, ownerTeamId: true } })
    : null;
  if (!course) throw new NotFoundError(COURSE_NOT_FOUND);
  return course;
}

/**
 * The course, when the viewer may change it. NotFoundError when it does not exist; ForbiddenError otherwise
 * (pages turn both into "not found"; forms show the message).
 */
export async function requireCourseManager(viewer: Viewer, courseId: number): Promise<ManagedCourse> {
  if (!isLdAdmin(viewer)) throw new ForbiddenError();
  const course = await loadCourse(courseId);
  if (!canManageCourse(viewer, course)) throw new ForbiddenError(READ_ONLY_MESSAGE);
  return course;
}

/** The course for Admin's read-only view: any L&D admin may read it; `canManage` says whether they may change it. */
export async function requireCourseReader(viewer: Viewer, courseId: number): Promise<ReadableCourse> {
  if (!isLdAdmin(viewer)) throw new ForbiddenError();
  const course = await loadCourse(courseId);
  return { ...course, canManage: canManageCourse(viewer, course) };
}
