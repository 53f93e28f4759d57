/** @jest-environment node */
import { collapsePlans } from '@/lib/workshops/effects';
import { bookingEmailProps, inviteMethodFor, reminderTimes, type BookingFacts } from '@/lib/workshops/email-content';

const facts: BookingFacts = {
  learnerFirstName: 'Sam',
  courseName: 'Active Supervision',
  workshopName: 'Book your place',
  sessionUrl: 'http://localhost:3000/workshops/sessions/5',
  courseUrl: 'http://localhost:3000/courses/2',
  costPence: 13500,
  dates: [
    {
      startsAt: new Date('2026-07-01T08:30:00Z'),
      endsAt: new Date('2026-07-01T15:30:00Z'),
      timezone: 'Europe/London',
      room: { name: 'Room 3', building: 'Central Stocks Unit', address: 'Unit 3', virtualUrl: null },
    },
  ],
};

describe('booking email content', () => {
  it('confirms a booking with London times, place, cost and the invite', () => {
    const p = bookingEmailProps('booking-confirmation', facts, true);
    expect(p.subject).toBe('Booking confirmed: Active Supervision: Book your place');
    expect(p.intro[0]).toContain('1 July 2026, 9:30am to 4:30pm');
    expect(p.intro[0]).toContain('A calendar invite is attached.');
    expect(p.details).toEqual(
      expect.arrayContaining([
        { label: 'When', value: '1 July 2026, 9:30am to 4:30pm (Europe/London (BST))' },
        { label: 'Where', value: 'Room 3, Central Stocks Unit, Unit 3' },
        { label: 'Cost', value: '£135.00' },
        { label: 'Duration', value: '7 hours' },
      ]),
    );
  });
  it('words cancellations, waitlists and session cancellations differently', () => {
    expect(bookingEmailProps('waitlist-confirmation', facts, false).intro.join(' ')).toMatch(/booked automatically/);
    expect(bookingEmailProps('booking-cancelled', facts, true).intro[0]).toMatch(/calendar cancellation/);
    expect(
      bookingEmailProps('session-cancelled', { ...facts, cancelReason: 'Trainer unwell' }, false).intro[0],
    ).toContain('Reason: Trainer unwell');
    expect(bookingEmailProps('evaluation-request', facts, false).action?.url).toBe(facts.courseUrl);
  });
  it('attaches REQUEST to confirmations, changes and reminders (same invite again), CANCEL to cancellations', () => {
    expect(inviteMethodFor('booking-confirmation')).toBe('REQUEST');
    expect(inviteMethodFor('session-changed')).toBe('REQUEST');
    expect(inviteMethodFor('reminder')).toBe('REQUEST');
    expect(inviteMethodFor('booking-cancelled')).toBe('CANCEL');
    expect(inviteMethodFor('session-cancelled')).toBe('CANCEL');
    expect(inviteMethodFor('evaluation-request')).toBeNull();
  });
  it('plans reminders N days before, skipping those already past', () => {
    const start = new Date('2026-07-10T08:30:00Z');
    expect(reminderTimes(start, [7, 2], new Date('2026-07-05T00:00:00Z'))).toEqual([
      { days: 2, at: new Date('2026-07-08T08:30:00Z') },
    ]);
    expect(reminderTimes(start, [], new Date('2026-07-01T00:00:00Z'))).toEqual([]);
  });
  it('collapses booking plans into a session-wide plan', () => {
    expect(
      collapsePlans([
        { type: 'plan', sessionId: 1, bookingId: 5 },
        { type: 'email', template: 'booking-confirmation', bookingId: 5 },
        { type: 'plan', sessionId: 1 },
        { type: 'plan', sessionId: 1 },
        { type: 'plan', sessionId: 2, bookingId: 9 },
      ]),
    ).toEqual([
      { type: 'email', template: 'booking-confirmation', bookingId: 5 },
      { type: 'plan', sessionId: 1 },
      { type: 'plan', sessionId: 2, bookingId: 9 },
    ]);
  });
});
