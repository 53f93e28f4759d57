import Link from 'next/link';
import { formatDate, formatTimeRange, timeZoneLabel } from '@/lib/format';
import type { RoomSummary } from '@/lib/workshops/queries';

type DateRow = { id: number; startsAt: Date; endsAt: Date; timezone: string; room: RoomSummary | null };

/** A session's dates: day, times with the time zone named, and the room. */
export function SessionDateList({ dates }: { dates: DateRow[] }) {
  if (dates.length === 0)
    return <p>Dates to be arranged. Sign-ups go on the waitlist and are booked when dates are set.</p>;
  return (
    <ul className="space-y-2">
      {dates.map((d) => (
        <li key={d.id}>
          <span className="font-semibold">{formatDate(d.startsAt, d.timezone)}</span>
          <br />
          {formatTimeRange(d.startsAt, d.endsAt, d.timezone)}{' '}
          <span className="text-slate-700">{timeZoneLabel(d.startsAt, d.timezone)}</span>
        </li>
      ))}
    </ul>
  );
}

export function RoomCell({ room }: { room: RoomSummary | null }) {
  if (!room) return <span>Room to be confirmed</span>;
  return (
    <span>
      {room.name}
      {room.building ? `, ${room.building}` : ''}
      {room.address ? `, ${room.address}` : ''}{' '}
      <Link href={`/rooms/${room.id}`} className="text-[var(--link)] underline">
        (Room details<span className="sr-only"> for {room.name}</span>)
      </Link>
      {room.isVirtual && room.virtualUrl ? (
        <>
          <br />
          <a href={room.virtualUrl} className="text-[var(--link)] underline" rel="noopener noreferrer">
            Join the virtual classroom
          </a>
        </>
      ) : null}
    </span>
  );
}
