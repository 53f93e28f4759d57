import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { requireAdminPage } from '@/lib/auth/guards';
import { listRooms } from '@/lib/workshops/admin-queries';

export const metadata: Metadata = { title: 'Rooms' };

export default async function RoomsPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const { saved } = await searchParams;
  const viewer = await requireAdminPage();
  const rooms = await listRooms(viewer);
  return (
    <>
      {saved ? <NotificationBanner tone="success">Room saved.</NotificationBanner> : null}
      <h1 className="text-3xl font-bold">Rooms</h1>
      <p className="mt-2 text-lg">
        Rooms can be used by any workshop session. Learners see the name, address and details.
      </p>
      <p className="mt-4">
        <Link href="/admin/rooms/new" className={buttonClass('primary')}>
          Add a room
        </Link>
      </p>
      {rooms.length === 0 ? (
        <p className="mt-6">No rooms yet.</p>
      ) : (
        <table className="mt-6 w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-slate-800">
              <th scope="col" className="p-2">
                Room
              </th>
              <th scope="col" className="hidden p-2 sm:table-cell">
                Address
              </th>
              <th scope="col" className="p-2">
                Capacity
              </th>
            </tr>
          </thead>
          <tbody>
            {rooms.map((r) => (
              <tr key={r.id} className="border-b border-slate-300">
                <td className="p-2">
                  <Link href={`/admin/rooms/${r.id}`} className="text-[var(--link)] underline">
                    {r.name}
                  </Link>
                  {r.isVirtual ? ' (virtual)' : ''}
                </td>
                <td className="hidden p-2 sm:table-cell">{[r.building, r.address].filter(Boolean).join(', ')}</td>
                <td className="p-2">{r.capacity ?? 'Not set'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
