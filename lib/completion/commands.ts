// Completion writes: facts reported by activities, manual marking, and resetting a course for a learner.
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { NotFoundError, UserError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ActivityCompletionState } from '@/lib/generated/prisma/enums';
import { archiveQuizAttempts } from '@/lib/quiz/commands';
import { archiveScormAttempts } from '@/lib/scorm/commands';
import { archiveWorkshopBookings } from '@/lib/workshops/commands';
import { inTransaction, lockCourseCompletion, recomputeCourseCompletion, type Client } from './engine';
import { emitCourseReset } from './events';
import type { ActivityFacts } from './facts';
import { getActivityAccess } from './queries';
import { evaluateActivityState, isCompleteState } from './rules';

const RULE_SELECT = {
  id: true,
  courseId: true,
  type: true,
  completionMode: true,
  requireView: true,
  requirePassingGrade: true,
  requireGrade: true,
  requireSubmit: true,
  requireScormStatus: true,
  requireMinScore: true,
  requireAttendance: true,
} as const;

/**
 * Applies an activity's completion rules to the facts it reports, stores the learner's activity state and
 * recomputes their course completion at once. Callable inside the caller's transaction.
 */
export async function recordActivityFacts(
  client: Client,
  input: { userId: number; activityId: number; facts: ActivityFacts; at?: Date },
): Promise<{ state: ActivityCompletionState; courseCompleted: boolean }> {
  const at = input.at ?? new Date();
  return inTransaction(client, async (tx) => {
    const activity = await tx.activity.findUnique({ where: { id: input.activityId }, select: RULE_SELECT });
    if (!activity) throw new NotFoundError('We could not find that activity.');
    // Lock the course row first: parallel updates for one learner and course then run one after the other.
    await lockCourseCompletion(tx, input.userId, activity.courseId);
    const existing = await tx.activityCompletion.findUnique({
      where: { activityId_userId: { activityId: activity.id, userId: input.userId } },
      select: { state: true, viewedAt: true, completedAt: true, overriddenById: true },
    });
    const viewedAt = existing?.viewedAt ?? (input.facts.viewed ? at : null);
    // An admin override is kept until an admin clears it; facts still record the view.
    const state = existing?.overriddenById
      ? existing.state
      : evaluateActivityState(
          { ...activity, requireMinScore: activity.requireMinScore === null ? null : Number(activity.requireMinScore) },
          { ...input.facts, viewed: input.facts.viewed || viewedAt !== null },
          existing?.state,
        );
    const completedAt = isCompleteState(state) ? (isCompleteState(existing?.state) ? existing!.completedAt : at) : null;
    await tx.activityCompletion.upsert({
      where: { activityId_userId: { activityId: activity.id, userId: input.userId } },
      create: { activityId: activity.id, userId: input.userId, state, viewedAt, completedAt },
      update: { state, viewedAt, completedAt },
    });
    const { completedNow } = await recomputeCourseCompletion(tx, input.userId, activity.courseId, at);
    return { state, courseCompleted: completedNow };
  });
}

/**
 * Archives the learner's completion of a course and clears their progress so they start afresh
 * (recertification, or an admin reset). Quiz attempts and workshop bookings are archived here, in the same
 * transaction; SCORM attempts too; capabilities added later can also subscribe with onCourseReset.
 */
export async function resetCourseForUser(
  client: Client,
  input: { userId: number; courseId: number; reason: 'RECERTIFICATION' | 'ADMIN_RESET' },
): Promise<{ archived: boolean }> {
  return inTransaction(client, async (tx) => {
    const row = await lockCourseCompletion(tx, input.userId, input.courseId);
    let archived = false;
    if (row && (row.status === 'COMPLETE' || row.status === 'COMPLETE_RPL') && row.timeCompleted) {
      const created = await tx.courseCompletionHistory.createMany({
        data: [
          { userId: input.userId, courseId: input.courseId, timeCompleted: row.timeCompleted, reason: input.reason },
        ],
        skipDuplicates: true,
      });
      archived = created.count > 0;
    }
    await tx.activityCompletion.deleteMany({ where: { userId: input.userId, activity: { courseId: input.courseId } } });
    await tx.criterionCompletion.deleteMany({
      where: { userId: input.userId, criterion: { courseId: input.courseId } },
    });
    if (row) {
      await tx.courseCompletion.update({
        where: { id: row.id },
        data: { status: 'NOT_STARTED', progressPercent: 0, timeStarted: null, timeCompleted: null, rplNote: null },
      });
    }
    // Activities start afresh: the quiz allows a full set of attempts again (archiving is idempotent, so the
    // quiz's own reset subscription finding nothing left to archive is harmless).
    await archiveQuizAttempts(tx, { userId: input.userId, courseId: input.courseId });
    await archiveWorkshopBookings(tx, { userId: input.userId, courseId: input.courseId });
    await archiveScormAttempts(tx, { userId: input.userId, courseId: input.courseId });
    await emitCourseReset({ userId: input.userId, courseId: input.courseId, reason: input.reason, tx });
    return { archived };
  });
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
