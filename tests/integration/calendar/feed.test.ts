/** @jest-environment node */
// The private calendar feed (issue 11 item 5): the link holds the learner's booked sessions and certification
// dates, works without a session, and stops working when the learner makes a new link or turns the feed off;
// bad, foreign and revoked tokens get 404, never a 500, and nothing changes on GET.
import { NextRequest } from 'next/server';
import { GET } from '@/app/calendar/[token]/route';
import { createOwnCalendarFeedLink, getOwnCalendarFeed, turnOffOwnCalendarFeed } from '@/lib/calendar/feed';
import { db } from '@/lib/db';
import { makeLearner } from '../../factories/learning';
import { makeSession, makeWorkshopCourse } from '../../factories/workshops';
import { disconnect, resetDb } from '../../helpers/db';

beforeAll(resetDb);
afterAll(disconnect);

function fetchFeed(url: string) {
  const token = url.split('/calendar/')[1]!;
  return GET(new NextRequest(url), { params: Promise.resolve({ token }) });
}

it('serves bookings and certification dates, and revokes old links', async () => {
  const { user, viewer } = await makeLearner();
  const { workshop } = await makeWorkshopCourse();
  const session = await makeSession(workshop.id, { startsInDays: 10 });
  await db.booking.create({
    data: { sessionId: session.id, workshopId: workshop.id, userId: user.id, status: 'BOOKED' },
  });
  const program = await db.program.create({
    data: { kind: 'CERTIFICATION', shortName: 'feed-cert', fullName: 'Fire Safety', certification: { create: {} } },
    include: { certification: true },
  });
  await db.certificationCompletion.create({
    data: {
      certificationId: program.certification!.id,
      userId: user.id,
      status: 'CERTIFIED',
      timeCompleted: new Date(Date.now() - 100 * 86_400_000),
      timeWindowOpens: new Date(Date.now() + 300 * 86_400_000),
      timeExpires: new Date(Date.now() + 330 * 86_400_000),
    },
  });

  expect((await getOwnCalendarFeed(viewer)).url).toBeNull();
  await createOwnCalendarFeedLink(viewer);
  const { url } = await getOwnCalendarFeed(viewer);
  expect(url).toMatch(/\/calendar\/\d+\.[A-Za-z0-9_-]{43}$/);
  const response = await fetchFeed(url!);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  const ics = await response.text();
  expect(ics).toContain(`UID:booking-`);
  expect(ics).toContain('SUMMARY:Book your workshop');
  expect(ics).toContain('SUMMARY:Renewal window opens: Fire Safety');
  expect(ics).toContain('SUMMARY:Certification expires: Fire Safety');

  // A new link: the old one stops working, the new one works.
  await createOwnCalendarFeedLink(viewer);
  const next = (await getOwnCalendarFeed(viewer)).url!;
  expect(next).not.toBe(url);
  expect((await fetchFeed(url!)).status).toBe(404);
  expect((await fetchFeed(next)).status).toBe(200);

  // Off, then on again: neither earlier link comes back.
  await turnOffOwnCalendarFeed(viewer);
  expect((await getOwnCalendarFeed(viewer)).url).toBeNull();
  expect((await fetchFeed(next)).status).toBe(404);
  await createOwnCalendarFeedLink(viewer);
  expect((await fetchFeed(next)).status).toBe(404);
  expect((await fetchFeed(url!)).status).toBe(404);
});

it('refuses malformed, forged and other people’s tokens with 404', async () => {
  const { viewer } = await makeLearner();
  const { viewer: other } = await makeLearner();
  await createOwnCalendarFeedLink(viewer);
  const url = (await getOwnCalendarFeed(viewer)).url!;
  const token = url.split('/calendar/')[1]!;
  const forged = token.replace(/^\d+/, String(other.id));
  for (const bad of ['abc', '0.x', forged, `${token}x`, '99999999.' + 'a'.repeat(43)]) {
    const response = await GET(new NextRequest(`http://app.test/calendar/${encodeURIComponent(bad)}`), {
      params: Promise.resolve({ token: bad }),
    });
    expect([bad, response.status]).toEqual([bad, 404]);
  }
  const post = await GET(new NextRequest(url, { method: 'POST' }), { params: Promise.resolve({ token }) });
  expect(post.status).toBe(405);
});
