// Pure workshop rules: time zones and display, session status, sign-up windows, cancellation policy, costs.
import { TZDate } from '@date-fns/tz';
import { formatDate, formatMoney, formatTime } from '@/lib/format';

export const DEFAULT_TIME_ZONE = 'Europe/London';

export type BookingStatusValue =
  | 'WAITLISTED'
  | 'BOOKED'
  | 'USER_CANCELLED'
  | 'SESSION_CANCELLED'
  | 'NO_SHOW'
  | 'PARTIALLY_ATTENDED'
  | 'FULLY_ATTENDED';

export const ATTENDANCE_STATUSES = ['FULLY_ATTENDED', 'PARTIALLY_ATTENDED', 'NO_SHOW'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** Statuses that hold a live place (or a place in the queue) on a session. */
export const LIVE_STATUSES: BookingStatusValue[] = [
  'BOOKED',
  'WAITLISTED',
  'NO_SHOW',
  'PARTIALLY_ATTENDED',
  'FULLY_ATTENDED',
];

export const DEFAULT_CANCELLATION_REASONS = [
  'Work commitments',
  'Illness',
  'Personal reasons',
  'No longer needed',
  'Booked on another date',
  'Other',
];

export const BOOKING_STATUS_LABELS: Record<BookingStatusValue, string> = {
  WAITLISTED: 'Wait-listed',
  BOOKED: 'Booked',
  USER_CANCELLED: 'Cancelled',
  SESSION_CANCELLED: 'Session cancelled',
  NO_SHOW: 'No show',
  PARTIALLY_ATTENDED: 'Partially attended',
  FULLY_ATTENDED: 'Fully attended',
};

// ---------- time zones and formatting ----------

/** Converts a wall-clock time ("2026-03-30T09:30") in a time zone to the UTC instant. */
export function wallClockToUtc(local: string, timeZone: string = DEFAULT_TIME_ZONE): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new RangeError(`Not a local date and time: ${local}`);
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return new Date(new TZDate(y, mo - 1, d, h, mi, timeZone).getTime());
}

/** The wall-clock "YYYY-MM-DDTHH:mm" of a UTC instant in a time zone (for form defaults). */
export function utcToWallClock(date: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const z = new TZDate(date.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${z.getFullYear()}-${pad(z.getMonth() + 1)}-${pad(z.getDate())}T${pad(z.getHours())}:${pad(z.getMinutes())}`;
}

/** "3 hours", "1 hour 30 minutes", "45 minutes": total time over all dates. */
export function formatDuration(dates: { startsAt: Date; endsAt: Date }[]): string {
  const minutes = Math.round(dates.reduce((sum, d) => sum + (d.endsAt.getTime() - d.startsAt.getTime()), 0) / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const parts = [];
  if (h > 0) parts.push(`${h} hour${h === 1 ? '' : 's'}`);
  if (m > 0 || h === 0) parts.push(`${m} minute${m === 1 ? '' : 's'}`);
  return parts.join(' ');
}

/** "12.50" → 1250; null for an invalid amount. */
export function parsePounds(value: string): number | null {
  const trimmed = value.trim().replace(/^£/, '').replace(/,/g, '');
  if (trimmed === '') return 0;
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return null;
  return Math.round(Number(trimmed) * 100);
}

// ---------- capacity and status ----------

/** "4 / 12", "17 / 17 (7 Wait-listed)" as the guide writes it, "13 / 12 (overbooked)" */
export function capacityText(booked: number, capacity: number, waitlisted: number): string {
  const base = `${booked} / ${capacity}`;
  const notes = [];
  if (booked > capacity) notes.push('overbooked');
  if (waitlisted > 0) notes.push(`${waitlisted} Wait-listed`);
  return notes.length ? `${base} (${notes.join(', ')})` : base;
}

export function seatsAvailable(booked: number, capacity: number): number {
  return Math.max(0, capacity - booked);
}

/** "1 seat available", "3 seats available" */
export function seatsAvailableText(seats: number): string {
  return `${seats} ${seats === 1 ? 'seat' : 'seats'} available`;
}

export type SessionFacts = {
  status: 'SCHEDULED' | 'CANCELLED';
  capacity: number;
  bookedCount: number;
  waitlistEnabled: boolean;
  /** First date's start; null for a session with no dates yet (everyone goes on the waitlist). */
  startsAt: Date | null;
  endsAt: Date | null;
  signupOpensAt: Date | null;
  signupClosesAt: Date | null;
};

export type SessionStatusLabel =
  | 'Booking open'
  | 'Booking full'
  | 'Booked'
  | 'Wait-listed'
  | 'Cancelled'
  | 'Booking not open yet'
  | 'Booking closed'
  | 'Session over'
  | 'Attended'
  | 'No show';

/** Why sign-up is not possible right now (null when it is). */
export function signupWindowProblem(s: SessionFacts, now: Date): string | null {
  if (s.status === 'CANCELLED') return 'This session has been cancelled.';
  if (s.startsAt && s.startsAt.getTime() <= now.getTime()) return 'This session has already started.';
  if (s.signupOpensAt && now < s.signupOpensAt) {
    return `Sign-up for this session opens on ${formatDate(s.signupOpensAt)} at ${formatTime(s.signupOpensAt)}.`;
  }
  if (s.signupClosesAt && now >= s.signupClosesAt) return 'Sign-up for this session has closed.';
  return null;
}

/** The place a new sign-up gets: a seat, the waitlist, or nothing (full with no waitlist). */
export function placeFor(
  s: Pick<SessionFacts, 'capacity' | 'bookedCount' | 'waitlistEnabled' | 'startsAt'>,
): 'BOOKED' | 'WAITLISTED' | 'FULL' {
  // A session with no dates yet takes sign-ups on the waitlist only; they are booked when dates are added.
  if (!s.startsAt) return s.waitlistEnabled ? 'WAITLISTED' : 'FULL';
  if (s.bookedCount < s.capacity) return 'BOOKED';
  return s.waitlistEnabled ? 'WAITLISTED' : 'FULL';
}

export function sessionStatusLabel(
  s: SessionFacts,
  myStatus: BookingStatusValue | null,
  now: Date,
): SessionStatusLabel {
  if (s.status === 'CANCELLED') return 'Cancelled';
  if (myStatus === 'BOOKED') return 'Booked';
  if (myStatus === 'WAITLISTED') return 'Wait-listed';
  if (myStatus === 'FULLY_ATTENDED' || myStatus === 'PARTIALLY_ATTENDED') return 'Attended';
  if (myStatus === 'NO_SHOW') return 'No show';
  if (s.startsAt && s.startsAt <= now) return 'Session over';
  if (s.signupOpensAt && now < s.signupOpensAt) return 'Booking not open yet';
  if (s.signupClosesAt && now >= s.signupClosesAt) return 'Booking closed';
  return s.bookedCount >= s.capacity && s.startsAt ? 'Booking full' : 'Booking open';
}

export type CancellationPolicyFacts = {
  policy: 'ANY_TIME' | 'NEVER' | 'UNTIL_CUTOFF';
  cutoffHours: number | null;
};

/** Why the learner cannot cancel now (null when they can). */
export function cancellationProblem(p: CancellationPolicyFacts, startsAt: Date | null, now: Date): string | null {
  if (startsAt && startsAt <= now)
    return 'This session has already started, so the booking can no longer be cancelled.';
  if (p.policy === 'NEVER')
    return 'Bookings on this workshop cannot be cancelled online. Contact the learning and development team.';
  if (p.policy === 'UNTIL_CUTOFF' && p.cutoffHours && startsAt) {
    const cutoff = new Date(startsAt.getTime() - p.cutoffHours * 3_600_000);
    if (now >= cutoff) {
      return `Bookings can only be cancelled up to ${p.cutoffHours} hours before the session starts. Contact the learning and development team.`;
    }
  }
  return null;
}

export type ViewerOption = 'SIGN_UP' | 'JOIN_WAITLIST' | 'CANCEL' | 'MORE_INFO';

/** What the viewer may do on a session row. */
export function viewerOptions(
  s: SessionFacts,
  my: { status: BookingStatusValue } | null,
  ctx: { hasOtherActiveBooking: boolean; allowMultiple: boolean; cancellation: CancellationPolicyFacts; now: Date },
): ViewerOption[] {
  const options: ViewerOption[] = [];
  if (my && (my.status === 'BOOKED' || my.status === 'WAITLISTED')) {
    if (!cancellationProblem(ctx.cancellation, s.startsAt, ctx.now)) options.push('CANCEL');
  } else if (!my && !signupWindowProblem(s, ctx.now) && (ctx.allowMultiple || !ctx.hasOtherActiveBooking)) {
    const place = placeFor(s);
    if (place === 'BOOKED') options.push('SIGN_UP');
    if (place === 'WAITLISTED') options.push('JOIN_WAITLIST');
  }
  options.push('MORE_INFO');
  return options;
}

export function costCodeRequired(costPence: number, cancellationFeePence: number | null): boolean {
  return costPence > 0 || (cancellationFeePence ?? 0) > 0;
}

/** The reason shown next to the cost code field. */
export function costCodeReason(costPence: number, cancellationFeePence: number | null): string {
  const reasons = [];
  if (costPence > 0) reasons.push(`this session costs ${formatMoney(costPence)}`);
  if ((cancellationFeePence ?? 0) > 0) {
    reasons.push(
      `a fee of ${formatMoney(cancellationFeePence ?? 0)} is charged for late cancellation or not attending`,
    );
  }
  return `We need a cost code because ${reasons.join(' and ')}. Get approval from your line manager and budget holder before you give one.`;
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

// ---------- attendance ----------

/** Whether attendance can be marked: the session has started and is not cancelled. */
export function attendanceProblem(status: 'SCHEDULED' | 'CANCELLED', startsAt: Date | null, now: Date): string | null {
  if (status === 'CANCELLED') return 'Attendance cannot be taken for a cancelled session.';
  if (!startsAt || startsAt > now) return 'Attendance can be taken once the session has started.';
  return null;
}
