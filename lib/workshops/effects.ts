// Side effects a booking command asks for. Commands collect them inside their transaction; once it has
// committed, dispatchEffects hands them to the job queue (emails, reminder planning), never sending inline.

export type BookingEmailTemplate =
  | 'booking-confirmation'
  | 'waitlist-confirmation'
  | 'booking-cancelled'
  | 'session-cancelled'
  | 'session-changed';

export type WorkshopEffect =
  | { type: 'email'; template: BookingEmailTemplate; bookingId: number }
  /** Re-plan the session's reminders and evaluation requests (dates, bookings or status changed). */
  | { type: 'plan'; sessionId: number };

/** Removes repeats (e.g. one plan per session) while keeping order. */
export function uniqueEffects(effects: WorkshopEffect[]): WorkshopEffect[] {
  const seen = new Set<string>();
  return effects.filter((e) => {
    const key = e.type === 'email' ? `email:${e.template}:${e.bookingId}` : `plan:${e.sessionId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
