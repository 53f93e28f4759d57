import type { Metadata } from 'next';
import Link from 'next/link';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { Tag } from '@/components/ui/tag';
import { requirePageViewer } from '@/lib/auth/guards';
import { listOwnBookings } from '@/lib/workshops/queries';
import { formatDateTimeRange } from '@/lib/format';
import { BOOKING_STATUS_LABELS } from '@/lib/workshops/rules';

export const metadata: Metadata = { title: 'My bookings' };

type Item = Awaited<ReturnType<typeof listOwnBookings>>['upcoming'][number];

function BookingList({ items, showActions }: { items: Item[]; showActions: boolean }) {
  return (
    <ul className="mt-3 divide-y divide-slate-300 border-y border-slate-300">
      {items.map((b) => (
        <li key={b.id} className="py-4">
          <p className="text-lg font-semibold">
            <Link href={`/workshops/sessions/${b.sessionId}`} className="text-[var(--link)] underline">
              {b.workshop.activity.course.fullName}: {b.workshop.activity.name}
            </Link>
          </p>
          <ul className="mt-1">
            {b.session.dates.length === 0 ? <li>Dates to be arranged</li> : null}
            {b.session.dates.map((d, i) => (
              <li key={i}>
                {formatDateTimeRange(d.startsAt, d.endsAt, d.timezone)}
                {d.timezone !== 'Europe/London' ? ` (${d.timezone})` : ''}
                {d.room ? `, ${d.room.name}` : ''}
              </li>
            ))}
          </ul>
          <p className="mt-1">
            <Tag
              tone={
                b.status === 'BOOKED'
                  ? 'blue'
                  : b.status === 'WAITLISTED'
                    ? 'yellow'
                    : b.status === 'FULLY_ATTENDED' || b.status === 'PARTIALLY_ATTENDED'
                      ? 'green'
                      : 'grey'
              }
            >
              {b.session.status === 'CANCELLED' && b.status === 'SESSION_CANCELLED'
                ? 'Session cancelled'
                : BOOKING_STATUS_LABELS[b.status]}
            </Tag>
          </p>
          {showActions ? (
            <p className="mt-2 flex flex-wrap gap-4">
              <Link href={`/workshops/sessions/${b.sessionId}`} className="text-[var(--link)] underline">
                More info
              </Link>
              {b.session.dates.length ? (
                <a href={`/workshops/sessions/${b.sessionId}/calendar.ics`} className="text-[var(--link)] underline">
                  Download calendar file
                </a>
              ) : null}
              {b.canCancel ? (
                <Link href={`/workshops/bookings/${b.id}/cancel`} className="text-[var(--link)] underline">
                  Cancel booking
                </Link>
              ) : null}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export default async function BookingsPage({ searchParams }: { searchParams: Promise<{ cancelled?: string }> }) {
  const { cancelled } = await searchParams;
  const viewer = await requirePageViewer('/bookings');
  const { upcoming, past } = await listOwnBookings(viewer);
  return (
    <>
      {cancelled ? (
        <NotificationBanner tone="success">
          Your booking has been cancelled. We’ll email you a confirmation and a calendar cancellation.
        </NotificationBanner>
      ) : null}
      <h1 className="text-3xl font-bold">My bookings</h1>
      <section className="mt-6">
        <h2 className="text-2xl font-bold">Upcoming</h2>
        {upcoming.length ? (
          <BookingList items={upcoming} showActions />
        ) : (
          <p className="mt-2">
            You have no upcoming workshop bookings. Find a workshop in Find Learning and choose Sign-up on a session.
          </p>
        )}
      </section>
      <section className="mt-8">
        <h2 className="text-2xl font-bold">Past and cancelled</h2>
        {past.length ? <BookingList items={past} showActions={false} /> : <p className="mt-2">Nothing here yet.</p>}
      </section>
    </>
  );
}
