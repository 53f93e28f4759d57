// Feedback listens to the completion layer: when a learner's course is reset (recertification, or an admin reset),
// their responses to its feedback forms become history, so they can evaluate the course again next time. The old
// responses stay in the results (each was a real evaluation); only the "one response per learner" slot is freed.
import { courseResetSubscriber } from '@/lib/completion/events';
import { archiveFeedbackResponses } from './commands';

export const archiveFeedbackOnReset = courseResetSubscriber('feedback.archive-responses', async (tx, e) => {
  await archiveFeedbackResponses(tx, { userId: e.userId, courseId: e.courseId, at: e.at });
});
