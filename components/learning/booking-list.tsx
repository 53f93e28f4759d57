import Link from 'next/link';
import { Tag, type TagTone } from '@/components/ui/tag';
import { formatDateTimeRange } from '@/lib/format';
import type { listOwnBookings } from '@/lib/workshops/queries';
import { BOOKING_STATUS_LABELS } from '@/lib/workshops/rules';

export type BookingItem = Awaited<ReturnType<typeof listOwnBookings>>['upcoming'][number];

function tone(status: BookingItem['status']): TagTone {
  if (status === 'BOOKED') return 'blue';
  if (status === 'WAITLISTED') return 'yellow';
  if (status === 'FULLY_ATTENDED' || status === 'PARTIALLY_ATTENDED') return 'green';
  if (status === 'NO_SHOW') return 'red';
  return 'grey';
}

/**
 * Workshop bookings with their dates, room and status (attendance once marked). The learner's own list links to
 * each session and offers its actions; a manager's read-only view of a direct report's list passes `readOnly`.
 */
export function BookingList({
  items,
  showActions,
  readOnly = false,
}: {
  items: BookingItem[];
  showActions: boolean;
  readOnly?: boolean;
}) {
  return (
    <ul className="mt-3 divide-y divide-slate-300 border-y border-slate-300">
      {items.map((b) => (
        <li key={b.id} className="py-4">
          <p className="text-lg font-semibold">
            {readOnly ? (
              `${b.workshop.activity.course.fullName}: ${b.workshop.activity.name}`
            ) : (
              <Link href={`/workshops/sessions/${b.sessionId}`} className="text-[var(--link)] underline">
                {b.workshop.activity.course.fullName}: {b.workshop.activity.name}
              </Link>
            )}
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
            {readOnly ? <span className="sr-only">Status: </span> : null}
            <Tag tone={tone(b.status)}>
              {b.session.status === 'CANCELLED' && b.status === 'SESSION_CANCELLED'
                ? 'Session cancelled'
                : BOOKING_STATUS_LABELS[b.status]}
            </Tag>
          </p>
          {showActions && !readOnly ? (
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
