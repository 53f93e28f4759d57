// A learner's private calendar feed (issue 11 item 5): a subscription URL for Outlook or Google Calendar holding
// their workshop bookings and their certification dates (window opens, expiry, due). The URL carries a token
// tied to the person and their feed version, not the session; creating a new link or turning the feed off
// revokes every earlier link. The feed is read by the calendar app on its own schedule, so it reflects changes
// (a moved session, a renewal) the next time it is fetched.
import type { Viewer } from '@/lib/auth/viewer';
import { certificationState } from '@/lib/certifications/rules';
import { db } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { NotFoundError } from '@/lib/errors';
import { buildFeed, type FeedDay, type FeedSession } from './ics';
import { feedToken, feedTokenUserId, isValidFeedToken } from './token';

const appUrl = () => getEnv().appUrl.replace(/\/$/, '');

function feedUrl(userId: number, version: number): string {
  return `${appUrl()}/calendar/${feedToken(getEnv().authSecret, userId, version)}`;
}

/** The viewer's feed URL, or null while the feed is off. */
export async function getOwnCalendarFeed(viewer: Viewer): Promise<{ url: string | null }> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: viewer.id },
    select: { calendarFeedVersion: true, calendarFeedEnabled: true },
  });
  return { url: user.calendarFeedEnabled ? feedUrl(viewer.id, user.calendarFeedVersion) : null };
}

/** Turns the feed on with a new link; any earlier link stops working. */
export async function createOwnCalendarFeedLink(viewer: Viewer): Promise<void> {
  await db.user.update({
    where: { id: viewer.id },
    data: { calendarFeedVersion: { increment: 1 }, calendarFeedEnabled: true },
  });
}

/** Turns the feed off: every link stops working. */
export async function turnOffOwnCalendarFeed(viewer: Viewer): Promise<void> {
  await db.user.update({ where: { id: viewer.id }, data: { calendarFeedEnabled: false } });
}

/** The feed for a token (no session: the token is the credential). NotFoundError for any bad or revoked token. */
export async function unsafeCalendarFeed(token: string, now: Date = new Date()): Promise<string> {
  const userId = feedTokenUserId(token);
  const user = userId
    ? await db.user.findUnique({
        where: { id: userId },
        select: { id: true, status: true, firstName: true, calendarFeedVersion: true, calendarFeedEnabled: true },
      })
    : null;
  if (
    !user ||
    user.status !== 'ACTIVE' ||
    !user.calendarFeedEnabled ||
    !isValidFeedToken(getEnv().authSecret, token, user.id, user.calendarFeedVersion)
  )
    throw new NotFoundError('This calendar link is not valid. Create a new one on your iLearn+ profile.');
  const [bookings, certifications] = await Promise.all([
    db.booking.findMany({
      where: { userId: user.id, status: 'BOOKED', session: { status: 'SCHEDULED' } },
      select: {
        id: true,
        session: {
          select: {
            id: true,
            dates: {
              select: { id: true, startsAt: true, endsAt: true, room: { select: { name: true, building: true } } },
            },
            workshop: { select: { activity: { select: { name: true, course: { select: { fullName: true } } } } } },
          },
        },
      },
    }),
    db.certificationCompletion.findMany({
      where: { userId: user.id },
      select: {
        id: true,
        status: true,
        renewalStatus: true,
        timeCompleted: true,
        timeWindowOpens: true,
        timeExpires: true,
        dueAt: true,
        certification: { select: { program: { select: { id: true, fullName: true } } } },
      },
    }),
  ]);
  const sessions: FeedSession[] = bookings.flatMap((b) =>
    b.session.dates.map((d) => ({
      uid: `booking-${b.id}-date-${d.id}@ilearn-plus`,
      title: `${b.session.workshop.activity.name} (${b.session.workshop.activity.course.fullName})`,
      location: d.room ? [d.room.name, d.room.building].filter(Boolean).join(', ') : null,
      url: `${appUrl()}/workshops/sessions/${b.session.id}`,
      startsAt: d.startsAt,
      endsAt: d.endsAt,
    })),
  );
  const days: FeedDay[] = certifications.flatMap((c) => {
    const program = c.certification.program;
    const url = `${appUrl()}/programs/${program.id}`;
    const state = certificationState(c, now);
    const out: FeedDay[] = [];
    if (state.key === 'certified' && c.timeWindowOpens)
      out.push({
        uid: `certification-${c.id}-window@ilearn-plus`,
        title: `Renewal window opens: ${program.fullName}`,
        description: `You can renew your ${program.fullName} certification from today.`,
        url,
        on: c.timeWindowOpens,
      });
    if (state.held && c.timeExpires)
      out.push({
        uid: `certification-${c.id}-expires@ilearn-plus`,
        title: `Certification expires: ${program.fullName}`,
        description: `Renew ${program.fullName} before today to stay certified.`,
        url,
        on: c.timeExpires,
      });
    if (!state.held && state.dueAt)
      out.push({
        uid: `certification-${c.id}-due@ilearn-plus`,
        title: `Due: ${program.fullName}`,
        description: `Complete ${program.fullName} by today.`,
        url,
        on: state.dueAt,
      });
    return out;
  });
  return buildFeed({ name: `iLearn+ – ${user.firstName}`, sessions, days });
}
