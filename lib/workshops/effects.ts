// Side effects a booking command asks for. Commands collect them inside their transaction; once it has
// committed, dispatchEffects hands them to the job queue (emails, reminder planning), never sending inline.

export type BookingEmailTemplate =
  'booking-confirmation' | 'waitlist-confirmation' | 'booking-cancelled' | 'session-cancelled' | 'session-changed';

export type WorkshopEffect =
  | { type: 'email'; template: BookingEmailTemplate; bookingId: number }
  /** Plan reminders and evaluation requests: for one new booking, or (no bookingId) everyone on the session. */
  | { type: 'plan'; sessionId: number; bookingId?: number };

/** Removes repeats (e.g. one plan per session) while keeping order. */
export function uniqueEffects(effects: WorkshopEffect[]): WorkshopEffect[] {
  const seen = new Set<string>();
  return effects.filter((e) => {
    const key =
      e.type === 'email' ? `email:${e.template}:${e.bookingId}` : `plan:${e.sessionId}:${e.bookingId ?? 'all'}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A session-wide plan covers every booking-level plan of the same session. */
export function collapsePlans(effects: WorkshopEffect[]): WorkshopEffect[] {
  const wholeSessions = new Set(
    effects
      .filter((e) => e.type === 'plan' && e.bookingId === undefined)
      .map((e) => (e as { sessionId: number }).sessionId),
  );
  return uniqueEffects(
    effects.filter((e) => e.type !== 'plan' || e.bookingId === undefined || !wholeSessions.has(e.sessionId)),
  );
}
