// Completion writes by the learner (viewing, ticking an activity, marking the course done) and archiving a
// learner's course completion when the course is reset for them.
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { NotFoundError, UserError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ActivityCompletionState } from '@/lib/generated/prisma/enums';
import { lockCourseCompletion, recomputeCourseCompletion } from './engine';
import { publishCourseEvent, type CourseResetReason } from './events';
import { courseLockFor } from './course-locks';
import { recordActivityFacts } from './facts';
import { getActivityAccess } from './queries';

/**
 * Archives the learner's completion of a course and clears their progress on it, then tells the "course reset"
 * subscribers. The activities' own data (quiz attempts, bookings, SCORM tracks) is archived by the caller,
 * lib/course-reset, which sits above the activities; call that, not this.
 */
export async function archiveCourseCompletion(
  tx: Prisma.TransactionClient,
  input: { userId: number; courseId: number; reason: CourseResetReason; at?: Date },
): Promise<{ archived: boolean }> {
  const at = input.at ?? new Date();
  const row = await lockCourseCompletion(tx, input.userId, input.courseId);
  const previousCompletedAt =
    row && (row.status === 'COMPLETE' || row.status === 'COMPLETE_RPL') ? row.timeCompleted : null;
  let archived = false;
  if (previousCompletedAt) {
    const created = await tx.courseCompletionHistory.createMany({
      data: [
        { userId: input.userId, courseId: input.courseId, timeCompleted: previousCompletedAt, reason: input.reason },
      ],
      skipDuplicates: true,
    });
    archived = created.count > 0;
  }
  await tx.activityCompletion.deleteMany({ where: { userId: input.userId, activity: { courseId: input.courseId } } });
  await tx.criterionCompletion.deleteMany({ where: { userId: input.userId, criterion: { courseId: input.courseId } } });
  if (row) {
    await tx.courseCompletion.update({
      where: { id: row.id },
      data: { status: 'NOT_STARTED', progressPercent: 0, timeStarted: null, timeCompleted: null, rplNote: null },
    });
  }
  await publishCourseEvent(tx, {
    type: 'course.reset',
    userId: input.userId,
    courseId: input.courseId,
    reason: input.reason,
    at,
    previousCompletedAt,
  });
  return { archived };
}

/** The learner opened a PAGE, URL or FILE activity (or any activity that tracks views). */
export async function recordOwnActivityView(viewer: Viewer, activityId: number): Promise<void> {
  const access = await getActivityAccess(viewer, activityId);
  if (!access.available) return;
  await recordActivityFacts(db, { userId: viewer.id, activityId, facts: { viewed: true } });
}

/** The learner ticks (or unticks) an activity that allows manual completion. */
export async function setOwnActivityCompletion(viewer: Viewer, activityId: number, complete: boolean): Promise<void> {
  const access = await getActivityAccess(viewer, activityId);
  if (!access.enrolled) throw new UserError('Enrol on the course before marking activities as done.');
  if (!access.available) throw new UserError(access.lockedReasons[0] ?? 'This activity is not available yet.');
  const at = new Date();
  await db.$transaction(async (tx: Prisma.TransactionClient) => {
    const activity = await tx.activity.findUnique({
      where: { id: activityId },
      select: { courseId: true, completionMode: true },
    });
    if (!activity || activity.completionMode !== 'MANUAL') {
      throw new UserError('This activity is marked as done automatically.');
    }
    await lockCourseCompletion(tx, viewer.id, activity.courseId);
    const state: ActivityCompletionState = complete ? 'COMPLETE' : 'INCOMPLETE';
    await tx.activityCompletion.upsert({
      where: { activityId_userId: { activityId, userId: viewer.id } },
      create: { activityId, userId: viewer.id, state, completedAt: complete ? at : null, viewedAt: at },
      update: { state, completedAt: complete ? at : null, overriddenById: null },
    });
    await recomputeCourseCompletion(tx, viewer.id, activity.courseId, at);
  });
}

/** The learner marks the course complete themselves (a SELF criterion). */
export async function markOwnCourseComplete(viewer: Viewer, courseId: number): Promise<void> {
  const at = new Date();
  await db.$transaction(async (tx: Prisma.TransactionClient) => {
    const enrolment = await tx.enrolment.findFirst({
      where: { userId: viewer.id, courseId, status: 'ACTIVE' },
      select: { id: true },
    });
    if (!enrolment) throw new NotFoundError('You are not enrolled on this course.');
    const lock = await courseLockFor(viewer.id, courseId, { client: tx });
    if (lock) throw new UserError(lock.message);
    const criterion = await tx.courseCriterion.findFirst({ where: { courseId, type: 'SELF' }, select: { id: true } });
    if (!criterion) throw new UserError('This course cannot be marked complete by hand.');
    await lockCourseCompletion(tx, viewer.id, courseId);
    await tx.criterionCompletion.createMany({
      data: [{ criterionId: criterion.id, userId: viewer.id, completedAt: at }],
      skipDuplicates: true,
    });
    await recomputeCourseCompletion(tx, viewer.id, courseId, at);
  });
}
