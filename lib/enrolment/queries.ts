// Enrolment reads.
import { requireCourseManager } from '@/lib/auth/course-manager';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';

/** Whether the person has an active enrolment on the course. */
export async function isEnrolled(userId: number, courseId: number): Promise<boolean> {
  const count = await db.enrolment.count({ where: { userId, courseId, status: 'ACTIVE' } });
  return count > 0;
}

/**
 * What removing someone from a course would change, for the confirmation page: who they are, how they were
 * enrolled, their completion record (kept once they have made progress, see adminUnenrol) and the workshop places
 * they still hold on the course (removing does not cancel them).
 */
export async function getEnrolmentToRemove(viewer: Viewer, courseId: number, userId: number) {
  const course = await requireCourseManager(viewer, courseId);
  const [enrolment, completion, places] = await Promise.all([
    db.enrolment.findUnique({
      where: { userId_courseId: { userId, courseId } },
      select: {
        source: true,
        enrolledAt: true,
        sourceProgram: { select: { fullName: true } },
        user: { select: { id: true, username: true, firstName: true, lastName: true } },
      },
    }),
    db.courseCompletion.findUnique({
      where: { userId_courseId: { userId, courseId } },
      select: { status: true, progressPercent: true, timeCompleted: true },
    }),
    db.booking.count({
      where: {
        userId,
        activeFlag: true,
        status: { in: ['BOOKED', 'WAITLISTED'] },
        workshop: { activity: { courseId } },
      },
    }),
  ]);
  if (!enrolment) throw new NotFoundError('That person is not enrolled on this course.');
  return {
    course,
    user: enrolment.user,
    source: enrolment.source,
    programName: enrolment.sourceProgram?.fullName ?? null,
    enrolledAt: enrolment.enrolledAt,
    completion,
    workshopPlaces: places,
  };
}
