// Calendar feed tokens and iCalendar text: tokens bind user and version, and certification days land on the
// Europe/London calendar day (also across the clock change).
import { buildFeed } from '@/lib/calendar/ics';
import { feedToken, feedTokenUserId, isValidFeedToken } from '@/lib/calendar/token';

it('a token names its user and is valid only for that user, version and secret', () => {
  const token = feedToken('secret', 42, 3);
  expect(feedTokenUserId(token)).toBe(42);
  expect(isValidFeedToken('secret', token, 42, 3)).toBe(true);
  expect(isValidFeedToken('secret', token, 42, 4)).toBe(false);
  expect(isValidFeedToken('other', token, 42, 3)).toBe(false);
  expect(isValidFeedToken('secret', token.replace(/^42/, '43'), 43, 3)).toBe(false);
  for (const bad of ['', '42', '42.', 'x.y', `0.${'a'.repeat(43)}`, `42.${'a'.repeat(44)}`])
    expect(feedTokenUserId(bad)).toBeNull();
});

it('builds sessions as UTC events and certification dates as London all-day events', () => {
  const ics = buildFeed({
    name: 'iLearn+ – Sam',
    sessions: [
      {
        uid: 'booking-1-date-2@ilearn-plus',
        title: 'Active Supervision',
        location: 'Room 4, County Hall',
        url: 'https://ilearn.example.org/workshops/sessions/9',
        startsAt: new Date('2026-12-10T09:30:00Z'),
        endsAt: new Date('2026-12-10T12:30:00Z'),
      },
    ],
    days: [
      {
        uid: 'certification-5-expires@ilearn-plus',
        title: 'Certification expires: Fire Safety',
        description: 'Renew before today.',
        url: 'https://ilearn.example.org/programs/3',
        // 23:30 UTC on 28 March 2026 is 28 March in London; 23:30 UTC on 29 March is 30 March (BST).
        on: new Date('2026-03-29T23:30:00Z'),
      },
    ],
  });
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toContain('X-WR-CALNAME:iLearn+ – Sam');
  expect(ics).toContain('UID:booking-1-date-2@ilearn-plus');
  expect(ics).toContain('DTSTART:20261210T093000Z');
  expect(ics).toContain('DTSTART;VALUE=DATE:20260330');
  expect(ics).toContain('DTEND;VALUE=DATE:20260331');
  expect(ics).toContain('SUMMARY:Certification expires: Fire Safety');
});

it('an empty feed is still a valid calendar', () => {
  const ics = buildFeed({ name: 'Empty', sessions: [], days: [] });
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toContain('END:VCALENDAR');
});
