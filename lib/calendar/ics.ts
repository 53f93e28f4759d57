// The personal calendar feed's iCalendar text (pure): workshop session dates as timed events (UTC) and
// certification dates (window opens, expiry, due) as all-day events on the Europe/London calendar day. UIDs are
// stable, so Outlook and Google update an event in place when its date moves instead of adding another.
import { TZDate } from '@date-fns/tz';
import { createEvents, type DateArray, type EventAttributes } from 'ics';

export type FeedSession = {
  uid: string;
  title: string;
  location: string | null;
  url: string;
  startsAt: Date;
  endsAt: Date;
};
export type FeedDay = { uid: string; title: string; description: string; url: string; on: Date };

const ZONE = 'Europe/London';

function londonDay(date: Date, plusDays = 0): DateArray {
  const z = new TZDate(date.getTime(), ZONE);
  const d = new Date(Date.UTC(z.getFullYear(), z.getMonth(), z.getDate() + plusDays));
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

export function buildFeed(input: { name: string; sessions: FeedSession[]; days: FeedDay[] }): string {
  const events: EventAttributes[] = [
    ...input.sessions.map((s): EventAttributes => ({
      uid: s.uid,
      start: s.startsAt.getTime(),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: s.endsAt.getTime(),
      endInputType: 'utc',
      endOutputType: 'utc',
      title: s.title,
      ...(s.location ? { location: s.location } : {}),
      url: s.url,
      status: 'CONFIRMED',
      busyStatus: 'BUSY',
    })),
    ...input.days.map((d): EventAttributes => ({
      uid: d.uid,
      start: londonDay(d.on),
      end: londonDay(d.on, 1),
      title: d.title,
      description: d.description,
      url: d.url,
      busyStatus: 'FREE',
      transp: 'TRANSPARENT',
    })),
  ];
  const { error, value } = createEvents(events, { productId: 'ilearn-plus/calendar', calName: input.name });
  if (error || !value) throw error ?? new Error('Could not build the calendar feed');
  // createEvents of an empty list still gives a valid, empty calendar.
  return value;
}
