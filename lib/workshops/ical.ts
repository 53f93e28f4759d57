// iCalendar invites for bookings: one VEVENT per session date, UTC times (ics has no TZID support),
// a UID that stays the same for a booking's date across updates, and a SEQUENCE that grows with each change.
import { createEvents, type EventAttributes } from 'ics';

export type InviteInput = {
  method: 'REQUEST' | 'CANCEL';
  /** Booking.icalUid: stable for the booking. */
  uid: string;
  sequence: number;
  title: string;
  description: string;
  location: string | null;
  url: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string | null };
  dates: { id: number; startsAt: Date; endsAt: Date }[];
};

/** The UID of one date of a booking (stable while the booking and the date exist). */
export function eventUid(bookingUid: string, dateId: number): string {
  return `${bookingUid}-${dateId}@ilearn-plus`;
}

/** Builds the .ics text; throws if the ics package rejects the input. */
export function buildInvite(input: InviteInput): string {
  const events: EventAttributes[] = input.dates.map((d) => ({
    uid: eventUid(input.uid, d.id),
    sequence: input.sequence,
    method: input.method,
    start: d.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: d.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: input.title,
    description: input.description,
    ...(input.location ? { location: input.location } : {}),
    url: input.url,
    status: input.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    busyStatus: input.method === 'CANCEL' ? 'FREE' : 'BUSY',
    organizer: input.organizer,
    ...(input.attendee.email
      ? {
          attendees: [
            {
              name: input.attendee.name,
              email: input.attendee.email,
              rsvp: false,
              partstat: 'ACCEPTED' as const,
              role: 'REQ-PARTICIPANT' as const,
            },
          ],
        }
      : {}),
  }));
  const { error, value } = createEvents(events, { method: input.method, productId: 'ilearn-plus/workshops' });
  if (error || !value) throw error ?? new Error('Could not build the calendar invite');
  return value;
}

export function inviteAttachment(ics: string, method: 'REQUEST' | 'CANCEL') {
  return {
    filename: method === 'CANCEL' ? 'cancellation.ics' : 'invite.ics',
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: ics,
  };
}
