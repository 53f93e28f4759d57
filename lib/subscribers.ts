// Every subscriber to the completion layer's "course completed" / "course reset" events (lib/completion/events.ts).
// To add yours: import it and add it to the list. Loaded once per process by instrumentation.ts (web server) and
// scripts/worker.ts (job worker), the two places where a course can complete; it sits above every capability, so
// no capability has to import another's subscriber.
import { archiveCertificatesOnReset, issueCertificatesOnCompletion } from '@/lib/certificates/completion-subscriber';
import { registerCourseLock } from '@/lib/completion/course-locks';
import { subscribe, type CourseEventSubscriber } from '@/lib/completion/events';
import { archiveFeedbackOnReset } from '@/lib/feedback/completion-subscriber';
import { programLockForCourse } from '@/lib/programs/access';
import { programProgressOnCompletion, programProgressOnReset } from '@/lib/programs/completion-subscriber';

// Order matters: certificates are issued (or archived) first, so a certification completed by the same event can
// print its expiry on them.
export const subscribers: readonly CourseEventSubscriber[] = [
  issueCertificatesOnCompletion,
  archiveCertificatesOnReset,
  programProgressOnCompletion,
  programProgressOnReset,
  archiveFeedbackOnReset,
];

/** Subscribes every listed subscriber (idempotent: subscribing again by name replaces). */
export function registerSubscribers(list: readonly CourseEventSubscriber[] = subscribers): void {
  for (const subscriber of list) subscribe(subscriber);
  // A program's later THEN set locks its courses: completion asks before opening an activity (course-locks.ts).
  registerCourseLock('program-sets', programLockForCourse);
}
