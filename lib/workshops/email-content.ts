// What each booking email says: pure functions from a booking's facts to the template props.
import { formatDateTimeRange, formatMoney, timeZoneLabel } from '@/lib/format';
import { formatDuration } from '@/lib/workshops/rules';

export type BookingEmailKind =
  | 'booking-confirmation'
  | 'waitlist-confirmation'
  | 'booking-cancelled'
  | 'session-cancelled'
  | 'session-changed'
  | 'reminder'
  | 'evaluation-request'
  | 'signup-closed';

export type BookingFacts = {
  learnerFirstName: string;
  courseName: string;
  workshopName: string;
  sessionUrl: string;
  courseUrl: string;
  costPence: number;
  dates: {
    startsAt: Date;
    endsAt: Date;
    timezone: string;
    room: { name: string; building: string | null; address: string | null; virtualUrl: string | null } | null;
  }[];
  cancelReason?: string | null;
  daysBefore?: number;
  /** The course's feedback form, when it has one (the evaluation request links straight to it). */
  evaluationUrl?: string;
};

export type BookingEmailProps = {
  kind: BookingEmailKind;
  subject: string;
  title: string;
  recipientName: string;
  intro: string[];
  details: { label: string; value: string }[];
  action: { label: string; url: string } | null;
  appUrl?: string;
};

/** Key facts shown in every booking email. */
export function sessionDetails(f: BookingFacts): { label: string; value: string }[] {
  const rows: { label: string; value: string }[] = [{ label: 'Course', value: `${f.courseName}: ${f.workshopName}` }];
  if (f.dates.length === 0) rows.push({ label: 'When', value: 'Dates to be arranged' });
  f.dates.forEach((d, i) => {
    rows.push({
      label: f.dates.length > 1 ? `Date ${i + 1}` : 'When',
      value: `${formatDateTimeRange(d.startsAt, d.endsAt, d.timezone)} (${timeZoneLabel(d.startsAt, d.timezone)})`,
    });
  });
  if (f.dates.length) rows.push({ label: 'Duration', value: formatDuration(f.dates) });
  const room = f.dates[0]?.room;
  if (room) rows.push({ label: 'Where', value: [room.name, room.building, room.address].filter(Boolean).join(', ') });
  if (room?.virtualUrl) rows.push({ label: 'Join online', value: room.virtualUrl });
  if (f.costPence > 0) rows.push({ label: 'Cost', value: formatMoney(f.costPence) });
  return rows;
}

export function bookingEmailProps(kind: BookingEmailKind, f: BookingFacts, withInvite: boolean): BookingEmailProps {
  const name = `${f.courseName}: ${f.workshopName}`;
  const first = f.dates[0]
    ? formatDateTimeRange(f.dates[0].startsAt, f.dates[0].endsAt, f.dates[0].timezone)
    : 'a date to be arranged';
  const invite = withInvite ? ' A calendar invite is attached.' : '';
  const base = {
    kind,
    recipientName: f.learnerFirstName,
    details: sessionDetails(f),
    action: { label: 'View your booking', url: f.sessionUrl },
  };
  switch (kind) {
    case 'booking-confirmation':
      return {
        ...base,
        subject: `Booking confirmed: ${name}`,
        title: 'You’re booked',
        intro: [
          `You have a place on ${name} on ${first}.${invite}`,
          'If you can no longer attend, cancel your booking in iLearn+ so someone else can have the seat.',
        ],
      };
    case 'waitlist-confirmation':
      return {
        ...base,
        subject: `You’re on the waitlist: ${name}`,
        title: 'You’re on the waitlist',
        intro: [
          `The session of ${name} on ${first} is full, so you’re on the waitlist.${withInvite ? ' A provisional calendar entry is attached.' : ''}`,
          'If a seat becomes free you’ll be booked automatically, in the order people joined, and we’ll email you.',
        ],
      };
    case 'booking-cancelled':
      return {
        ...base,
        subject: `Booking cancelled: ${name}`,
        title: 'Your booking has been cancelled',
        intro: [
          `Your place on ${name} on ${first} has been cancelled.${withInvite ? ' The attached calendar cancellation removes it from your calendar.' : ''}`,
        ],
        action: { label: 'Find another session', url: f.courseUrl },
      };
    case 'session-cancelled':
      return {
        ...base,
        subject: `Session cancelled: ${name}`,
        title: 'This session has been cancelled',
        intro: [
          `The session of ${name} on ${first} has been cancelled by the organisers.${f.cancelReason ? ` Reason: ${f.cancelReason}` : ''}`,
          `${withInvite ? 'The attached calendar cancellation removes it from your calendar. ' : ''}You can book another session from the course page.`,
        ],
        action: { label: 'Find another session', url: f.courseUrl },
      };
    case 'session-changed':
      return {
        ...base,
        subject: `Session changed: ${name}`,
        title: 'Your session has changed',
        intro: [
          `The date, time or place of ${name} has changed. Please check the new details below.${withInvite ? ' The attached invite updates your calendar.' : ''}`,
        ],
      };
    case 'reminder':
      return {
        ...base,
        subject: `Reminder: ${name} on ${first}`,
        title: 'Your session is coming up',
        intro: [
          `This is a reminder that you’re booked on ${name} on ${first}.${withInvite ? ' The calendar invite is attached again in case it is missing from your calendar.' : ''}`,
          'If you can no longer attend, cancel your booking in iLearn+ as soon as possible.',
        ],
      };
    case 'evaluation-request':
      return {
        ...base,
        subject: `Tell us about ${name}`,
        title: 'How was your session?',
        intro: [
          `Thank you for attending ${name}.`,
          f.evaluationUrl
            ? 'Please take a few minutes to complete the evaluation in iLearn+. Your feedback helps us improve our training.'
            : 'Please take a few minutes to complete the evaluation on the course page. Your feedback helps us improve our training.',
        ],
        action: { label: 'Complete the evaluation', url: f.evaluationUrl ?? f.courseUrl },
      };
    case 'signup-closed':
      return {
        ...base,
        subject: `Sign-up has closed: ${name}`,
        title: 'Sign-up has closed',
        intro: [
          `Sign-up for ${name} on ${first} has now closed and you’re still on the waitlist.`,
          'If a seat becomes free before the session starts you’ll be booked automatically and we’ll email you.',
        ],
      };
  }
}

/** Which invite (if any) an email of this kind carries. */
export function inviteMethodFor(kind: BookingEmailKind): 'REQUEST' | 'CANCEL' | null {
  // The reminder carries the same invite (same UID) again, so a session dropped from a calendar can be re-added.
  if (
    kind === 'booking-confirmation' ||
    kind === 'waitlist-confirmation' ||
    kind === 'session-changed' ||
    kind === 'reminder'
  )
    return 'REQUEST';
  if (kind === 'booking-cancelled' || kind === 'session-cancelled') return 'CANCEL';
  return null;
}

/** When reminders are due: N days before the first start, only those still in the future. */
export function reminderTimes(startsAt: Date, daysBefore: number[], now: Date): { days: number; at: Date }[] {
  return daysBefore
    .filter((d) => d > 0)
    .map((days) => ({ days, at: new Date(startsAt.getTime() - days * 86_400_000) }))
    .filter((r) => r.at > now);
}
