/** @jest-environment node */
import { buildInvite, eventUid } from '@/lib/workshops/ical';
import { wallClockToUtc } from '@/lib/workshops/rules';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL = require('ical.js') as typeof import('ical.js').default;

const base = {
  uid: 'c0ffee00-1111-2222-3333-444455556666',
  title: 'Active Supervision',
  description: 'Room 3, Central Stocks Unit',
  location: 'Room 3, Central Stocks Unit, Unit 3',
  url: 'http://localhost:3000/workshops/sessions/5',
  organizer: { name: 'iLearn+', email: 'no-reply@ilearn.local' },
  attendee: { name: 'Sam Taylor', email: 'sam.taylor@example.org' },
};

function parse(ics: string) {
  const comp = new ICAL.Component(ICAL.parse(ics));
  return { comp, events: comp.getAllSubcomponents('vevent') };
}

describe('buildInvite', () => {
  it('writes a REQUEST whose start is the correct UTC instant in summer time (BST)', () => {
    const ics = buildInvite({
      ...base,
      method: 'REQUEST',
      sequence: 0,
      dates: [{ id: 7, startsAt: wallClockToUtc('2026-07-01T09:30'), endsAt: wallClockToUtc('2026-07-01T12:30') }],
    });
    const { comp, events } = parse(ics);
    expect(comp.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(events).toHaveLength(1);
    const ev = new ICAL.Event(events[0]);
    expect(ev.uid).toBe(eventUid(base.uid, 7));
    expect(ev.startDate.toJSDate().toISOString()).toBe('2026-07-01T08:30:00.000Z');
    expect(ev.endDate.toJSDate().toISOString()).toBe('2026-07-01T11:30:00.000Z');
    expect(ev.sequence).toBe(0);
    expect(events[0]!.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(ics).toContain('DTSTART:20260701T083000Z');
  });

  it('writes GMT dates unshifted and one event per session date', () => {
    const ics = buildInvite({
      ...base,
      method: 'REQUEST',
      sequence: 2,
      dates: [
        { id: 1, startsAt: wallClockToUtc('2026-01-15T09:30'), endsAt: wallClockToUtc('2026-01-15T16:30') },
        { id: 2, startsAt: wallClockToUtc('2026-01-16T09:30'), endsAt: wallClockToUtc('2026-01-16T16:30') },
      ],
    });
    const { events } = parse(ics);
    expect(events).toHaveLength(2);
    expect(new ICAL.Event(events[0]).startDate.toJSDate().toISOString()).toBe('2026-01-15T09:30:00.000Z');
    expect(new Set(events.map((e) => new ICAL.Event(e).uid)).size).toBe(2);
  });

  it('writes a CANCEL with the same UID and a higher SEQUENCE', () => {
    const dates = [{ id: 7, startsAt: wallClockToUtc('2026-07-01T09:30'), endsAt: wallClockToUtc('2026-07-01T12:30') }];
    const request = parse(buildInvite({ ...base, method: 'REQUEST', sequence: 0, dates }));
    const cancel = parse(buildInvite({ ...base, method: 'CANCEL', sequence: 1, dates }));
    expect(cancel.comp.getFirstPropertyValue('method')).toBe('CANCEL');
    const a = new ICAL.Event(request.events[0]);
    const b = new ICAL.Event(cancel.events[0]);
    expect(b.uid).toBe(a.uid);
    expect(b.sequence).toBeGreaterThan(a.sequence);
    expect(cancel.events[0]!.getFirstPropertyValue('status')).toBe('CANCELLED');
  });
});
