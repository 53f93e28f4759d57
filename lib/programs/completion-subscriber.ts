// Programs and certifications listen to the completion layer: any course completion or reset re-evaluates the
// learner's programs and certifications that hold the course, in the same transaction (no cron lag).
import { courseCompletedSubscriber, courseResetSubscriber } from '@/lib/completion/events';
import { updateProgramsForCourse } from './progress';

export const programProgressOnCompletion = courseCompletedSubscriber('programs.progress', async (tx, e) => {
  await updateProgramsForCourse(tx, { userId: e.userId, courseId: e.courseId, at: e.completedAt });
});

export const programProgressOnReset = courseResetSubscriber('programs.progress-reset', async (tx, e) => {
  await updateProgramsForCourse(tx, { userId: e.userId, courseId: e.courseId, at: e.at });
});
