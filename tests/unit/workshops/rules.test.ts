/** @jest-environment node */
import { formatDate, formatDateTimeRange, formatMoney, formatTime, timeZoneLabel } from '@/lib/format';
import {
  cancellationProblem,
  capacityText,
  seatsAvailableText,
  costCodeReason,
  costCodeRequired,
  formatDuration,
  parsePounds,
  placeFor,
  sessionStatusLabel,
  signupWindowProblem,
  utcToWallClock,
  viewerOptions,
  wallClockToUtc,
  type SessionFacts,
} from '@/lib/workshops/rules';

const now = new Date('2026-06-01T12:00:00Z');
const session = (over: Partial<SessionFacts> = {}): SessionFacts => ({
  status: 'SCHEDULED',
  capacity: 12,
  bookedCount: 4,
  waitlistEnabled: true,
  startsAt: new Date('2026-07-01T08:30:00Z'),
  endsAt: new Date('2026-07-01T15:30:00Z'),
  signupOpensAt: null,
  signupClosesAt: null,
  ...over,
});
const anyTime = { policy: 'ANY_TIME' as const, cutoffHours: null };

describe('time zones', () => {
  it('converts London wall-clock time to UTC in summer time (BST, UTC+1)', () => {
    expect(wallClockToUtc('2026-07-01T09:30').toISOString()).toBe('2026-07-01T08:30:00.000Z');
  });
  it('converts London wall-clock time to UTC in winter (GMT, UTC+0)', () => {
    expect(wallClockToUtc('2026-01-15T09:30').toISOString()).toBe('2026-01-15T09:30:00.000Z');
  });
  it('handles the days the clocks change', () => {
    // Clocks go forward at 1am GMT on 29 March 2026 and back at 2am BST on 25 October 2026.
    expect(wallClockToUtc('2026-03-29T09:30').toISOString()).toBe('2026-03-29T08:30:00.000Z');
    expect(wallClockToUtc('2026-10-25T09:30').toISOString()).toBe('2026-10-25T09:30:00.000Z');
  });
  it('converts other zones too and round-trips', () => {
    expect(wallClockToUtc('2026-07-01T09:30', 'America/New_York').toISOString()).toBe('2026-07-01T13:30:00.000Z');
    expect(utcToWallClock(new Date('2026-07-01T08:30:00Z'))).toBe('2026-07-01T09:30');
    expect(utcToWallClock(new Date('2026-12-01T09:30:00Z'))).toBe('2026-12-01T09:30');
  });
  it('rejects malformed input', () => {
    expect(() => wallClockToUtc('1 July 2026')).toThrow(RangeError);
  });
  it('formats UK dates and am/pm times in the session zone', () => {
    const start = new Date('2026-07-01T08:30:00Z');
    expect(formatDate(start)).toBe('1 July 2026');
    expect(formatTime(start)).toBe('9:30am');
    expect(formatTime(new Date('2026-07-01T11:00:00Z'))).toBe('12pm');
    expect(formatDateTimeRange(start, new Date('2026-07-01T15:30:00Z'))).toBe('1 July 2026, 9:30am to 4:30pm');
    expect(timeZoneLabel(start)).toBe('Europe/London (BST)');
    expect(timeZoneLabel(new Date('2026-01-15T09:30:00Z'))).toBe('Europe/London (GMT)');
  });
  it('formats durations over several dates', () => {
    const d = (a: string, b: string) => ({ startsAt: new Date(a), endsAt: new Date(b) });
    expect(formatDuration([d('2026-07-01T08:30:00Z', '2026-07-01T11:30:00Z')])).toBe('3 hours');
    expect(formatDuration([d('2026-07-01T08:30:00Z', '2026-07-01T09:00:00Z')])).toBe('30 minutes');
    expect(
      formatDuration([
        d('2026-07-01T08:30:00Z', '2026-07-01T09:30:00Z'),
        d('2026-07-02T08:30:00Z', '2026-07-02T09:00:00Z'),
      ]),
    ).toBe('1 hour 30 minutes');
  });
});

describe('money', () => {
  it('formats and parses pounds', () => {
    expect(formatMoney(13500)).toBe('£135.00');
    expect(parsePounds('£12.5')).toBe(1250);
    expect(parsePounds('')).toBe(0);
    expect(parsePounds('12.345')).toBeNull();
    expect(parsePounds('-3')).toBeNull();
  });
  it('requires a cost code for priced sessions or cancellation fees and says why', () => {
    expect(costCodeRequired(0, null)).toBe(false);
    expect(costCodeRequired(0, 5000)).toBe(true);
    expect(costCodeRequired(1000, null)).toBe(true);
    expect(costCodeReason(0, 5000)).toContain('£50.00');
  });
});

describe('capacity and status', () => {
  it('shows booked / capacity with the waitlist', () => {
    expect(capacityText(4, 12, 0)).toBe('4 / 12');
    expect(capacityText(17, 17, 7)).toBe('17 / 17 (7 Wait-listed)');
    expect(seatsAvailableText(1)).toBe('1 seat available');
    expect(seatsAvailableText(0)).toBe('0 seats available');
    expect(seatsAvailableText(12)).toBe('12 seats available');
    expect(capacityText(13, 12, 0)).toBe('13 / 12 (overbooked)');
  });
  it('books while seats remain, then wait-lists, then refuses without a waitlist', () => {
    expect(placeFor(session({ bookedCount: 11 }))).toBe('BOOKED');
    expect(placeFor(session({ bookedCount: 12 }))).toBe('WAITLISTED');
    expect(placeFor(session({ bookedCount: 12, waitlistEnabled: false }))).toBe('FULL');
    expect(placeFor(session({ startsAt: null }))).toBe('WAITLISTED');
  });
  it('labels the status from the viewer’s point of view', () => {
    expect(sessionStatusLabel(session(), null, now)).toBe('Booking open');
    expect(sessionStatusLabel(session({ bookedCount: 12 }), null, now)).toBe('Booking full');
    expect(sessionStatusLabel(session(), 'BOOKED', now)).toBe('Booked');
    expect(sessionStatusLabel(session(), 'WAITLISTED', now)).toBe('Wait-listed');
    expect(sessionStatusLabel(session({ status: 'CANCELLED' }), 'BOOKED', now)).toBe('Cancelled');
    expect(sessionStatusLabel(session({ signupClosesAt: new Date('2026-05-01T00:00:00Z') }), null, now)).toBe(
      'Booking closed',
    );
  });
  it('enforces the sign-up window', () => {
    expect(signupWindowProblem(session(), now)).toBeNull();
    expect(signupWindowProblem(session({ signupOpensAt: new Date('2026-06-10T08:00:00Z') }), now)).toBe(
      'Sign-up for this session opens on 10 June 2026 at 9am.',
    );
    expect(signupWindowProblem(session({ signupClosesAt: new Date('2026-06-01T11:00:00Z') }), now)).toMatch(/closed/);
    expect(signupWindowProblem(session({ startsAt: new Date('2026-06-01T11:00:00Z') }), now)).toMatch(/started/);
    expect(signupWindowProblem(session({ status: 'CANCELLED' }), now)).toMatch(/cancelled/);
  });
  it('offers sign-up, waitlist, cancel and more info', () => {
    const ctx = { hasOtherActiveBooking: false, allowMultiple: false, cancellation: anyTime, now };
    expect(viewerOptions(session(), null, ctx)).toEqual(['SIGN_UP', 'MORE_INFO']);
    expect(viewerOptions(session({ bookedCount: 12 }), null, ctx)).toEqual(['JOIN_WAITLIST', 'MORE_INFO']);
    expect(viewerOptions(session(), { status: 'BOOKED' }, ctx)).toEqual(['CANCEL', 'MORE_INFO']);
    expect(viewerOptions(session(), null, { ...ctx, hasOtherActiveBooking: true })).toEqual(['MORE_INFO']);
    expect(viewerOptions(session(), null, { ...ctx, hasOtherActiveBooking: true, allowMultiple: true })).toEqual([
      'SIGN_UP',
      'MORE_INFO',
    ]);
    expect(
      viewerOptions(session(), { status: 'BOOKED' }, { ...ctx, cancellation: { policy: 'NEVER', cutoffHours: null } }),
    ).toEqual(['MORE_INFO']);
  });
});

describe('cancellation policy', () => {
  const start = new Date('2026-06-03T08:00:00Z');
  it('allows cancelling any time before the start', () => {
    expect(cancellationProblem(anyTime, start, now)).toBeNull();
    expect(cancellationProblem(anyTime, start, new Date('2026-06-03T08:00:00Z'))).toMatch(/already started/);
  });
  it('never allows with NEVER', () => {
    expect(cancellationProblem({ policy: 'NEVER', cutoffHours: null }, start, now)).toMatch(/cannot be cancelled/);
  });
  it('applies the cut-off', () => {
    const p = { policy: 'UNTIL_CUTOFF' as const, cutoffHours: 48 };
    expect(cancellationProblem(p, start, new Date('2026-06-01T07:59:00Z'))).toBeNull();
    expect(cancellationProblem(p, start, new Date('2026-06-01T08:00:00Z'))).toMatch(/48 hours/);
  });
});
