// The one way an activity (eLearning, quiz, workshop, page...) reports what a learner did: the facts go in, the
// activity's completion rules turn them into a state, and the course completion is recomputed at once.
import { NotFoundError } from '@/lib/errors';
import type { ActivityCompletionState } from '@/lib/generated/prisma/enums';
import { inTransaction, lockCourseCompletion, recomputeCourseCompletion, type Client } from './engine';
import { evaluateActivityState, isCompleteState, type ActivityFacts } from './rules';

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
