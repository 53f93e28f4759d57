// What the post-workshop evaluation email needs to know about a course's feedback form, for one learner. Jobs
// only ("unsafe": no viewer): the job has already checked the person's booking on the course.
import { unsafeRestrictionsMetFor } from '@/lib/completion/queries';
import { db } from '@/lib/db';

export type EvaluationForLearner = { activityId: number; submitted: boolean; available: boolean };

/** The course's first visible feedback activity, whether the learner has answered it since any reset, may open it. */
export async function unsafeEvaluationFor(userId: number, courseId: number): Promise<EvaluationForLearner | null> {
  const activity = await db.activity.findFirst({
    where: { courseId, type: 'FEEDBACK', visible: true, feedbackForm: { isNot: null } },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      feedbackForm: { select: { responses: { where: { userId, current: true }, select: { id: true } } } },
    },
  });
  if (!activity) return null;
  return {
    activityId: activity.id,
    submitted: (activity.feedbackForm?.responses.length ?? 0) > 0,
    available: await unsafeRestrictionsMetFor(userId, activity.id),
  };
}
