// Workshops' subscriptions to completion events: a course reset (recertification or admin reset) archives the
// learner's past bookings so they can book again; attendance history stays.
import { onCourseReset } from '@/lib/completion/events';
import { archiveWorkshopBookings } from '@/lib/workshops/commands';

const flag = globalThis as unknown as { ilearnWorkshopSubscriptions?: boolean };

export function registerWorkshopSubscriptions(): void {
  if (flag.ilearnWorkshopSubscriptions) return;
  flag.ilearnWorkshopSubscriptions = true;
  onCourseReset(async ({ tx, userId, courseId }) => {
    await archiveWorkshopBookings(tx, { userId, courseId });
  });
}
