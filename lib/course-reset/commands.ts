// Resetting a course for one learner (recertification, or an admin reset), so they start it afresh. This sits above
// the activities and the completion layer: each activity archives its own data through its exported archive
// function, then completion archives the course completion and tells its "course reset" subscribers. Everything
// happens in one transaction. An activity type that keeps per-learner data (SCORM tracks...) adds its archive here.
import { inTransaction, type Client } from '@/lib/completion/engine';
import { archiveCourseCompletion } from '@/lib/completion/commands';
import type { CourseResetReason } from '@/lib/completion/events';
import { archiveQuizAttempts } from '@/lib/quiz/commands';
import { archiveWorkshopBookings } from '@/lib/workshops/commands';

/** Archives the learner's progress on the course (kept as history) and clears it. Callable inside a transaction. */
export async function resetCourseForUser(
  client: Client,
  input: { userId: number; courseId: number; reason: CourseResetReason },
): Promise<{ archived: boolean }> {
  const at = new Date();
  return inTransaction(client, async (tx) => {
    const target = { userId: input.userId, courseId: input.courseId };
    // Quiz attempts stop counting (a full set of attempts again); ended bookings become history.
    await archiveQuizAttempts(tx, target, at);
    await archiveWorkshopBookings(tx, target);
    return archiveCourseCompletion(tx, { ...input, at });
  });
}
