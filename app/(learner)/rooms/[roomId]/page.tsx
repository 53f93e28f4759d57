import type { Metadata } from 'next';
import Link from 'next/link';
import { SummaryList } from '@/components/ui/summary-list';
import { requirePageViewer, pageOrNotFound } from '@/lib/auth/guards';
import { getRoom } from '@/lib/workshops/queries';
import { formatDateTimeRange } from '@/lib/format';
import { parseIdParam } from '@/lib/validation';

export const metadata: Metadata = { title: 'Room details' };

export default async function RoomPage({ params }: { params: Promise<{ roomId: string }> }) {
  const { roomId } = await params;
  const viewer = await requirePageViewer(`/rooms/${roomId}`);
  const room = await pageOrNotFound(() => getRoom(viewer, parseIdParam(roomId)));
  return (
    <>
      <h1 className="text-3xl font-bold">{room.name}</h1>
      <SummaryList
        className="mt-6"
        rows={[
          { key: 'Building', value: room.building },
          { key: 'Address', value: room.address },
          { key: 'Capacity', value: room.capacity ? String(room.capacity) : null },
          {
            key: 'Virtual classroom',
            value:
              room.isVirtual && room.virtualUrl ? (
                <a href={room.virtualUrl} className="text-[var(--link)] underline" rel="noopener noreferrer">
                  {room.virtualUrl}
                </a>
              ) : null,
          },
        ]}
      />
      {room.detailsHtml ? <div className="prose mt-6" dangerouslySetInnerHTML={{ __html: room.detailsHtml }} /> : null}
      <h2 className="mt-8 text-2xl font-bold">Upcoming sessions in this room</h2>
      {room.sessionDates.length ? (
        <ul className="mt-2 space-y-2">
          {room.sessionDates.map((d) => (
            <li key={d.id}>
              <Link href={`/workshops/sessions/${d.session.id}`} className="text-[var(--link)] underline">
                {d.session.workshop.activity.course.fullName}
              </Link>
              : {formatDateTimeRange(d.startsAt, d.endsAt, d.timezone)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2">No sessions are planned in this room.</p>
      )}
    </>
  );
}
