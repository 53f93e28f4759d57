// Enrolment reads.
import { requireCourseManager } from '@/lib/auth/course-manager';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { needsCostConfirmation, selfEnrolmentBlock } from './rules';

/** Whether the person has an active enrolment on the course. */
export async function isEnrolled(userId: number, courseId: number): Promise<boolean> {
  const count = await db.enrolment.count({ where: { userId, courseId, status: 'ACTIVE' } });
  return count > 0;
}

/**
 * Whether the viewer could enrol themselves on the course right now with no cost to confirm, so that another
 * step (a workshop sign-up) may enrol them as part of itself. The caller has checked they may see the course.
 */
export async function canSelfEnrolWithoutCost(viewer: Viewer, courseId: number, now: Date = new Date()) {
  const course = await db.course.findUnique({
    where: { id: courseId },
    select: {
      costPence: true,
      archivedAt: true,
      enrolmentMethods: {
        where: { enabled: true, type: { in: ['SELF_BEFORE_CONTENT', 'SELF_AFTER_VIEW'] } },
        orderBy: { sortOrder: 'asc' },
        take: 1,
        select: { id: true, startsAt: true, endsAt: true, maxEnrolled: true, audienceId: true },
      },
    },
  });
  const method = course?.enrolmentMethods[0];
  if (!course || !method || needsCostConfirmation(course.costPence)) return false;
  const [enrolledCount, inAudience] = await Promise.all([
    method.maxEnrolled != null ? db.enrolment.count({ where: { methodId: method.id } }) : Promise.resolve(0),
    method.audienceId != null
      ? db.audienceMember.count({ where: { audienceId: method.audienceId, userId: viewer.id } }).then((n) => n > 0)
      : Promise.resolve(true),
  ]);
  return (
    selfEnrolmentBlock({ ...method, enrolledCount, inAudience, archived: course.archivedAt !== null }, now) === null
  );
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
