import type { Metadata } from 'next';
import Link from 'next/link';
import { requireAdminPage } from '@/lib/auth/guards';
import { listManagedWorkshops } from '@/lib/workshops/admin-queries';

export const metadata: Metadata = { title: 'Workshops and sessions' };

export default async function AdminWorkshopsPage() {
  const viewer = await requireAdminPage();
  const workshops = await listManagedWorkshops(viewer);
  return (
    <>
      <h1 className="text-3xl font-bold">Workshops and sessions</h1>
      <p className="mt-2 text-lg">
        Workshops on courses your team owns. Manage{' '}
        <Link href="/admin/rooms" className="text-[var(--link)] underline">
          rooms
        </Link>{' '}
        separately.
      </p>
      {workshops.length === 0 ? (
        <p className="mt-6">
          There are no workshop activities on your team’s courses yet. Add a workshop activity to a course first.
        </p>
      ) : (
        <table className="mt-6 w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-slate-800">
              <th scope="col" className="p-2">
                Course and workshop
              </th>
              <th scope="col" className="p-2">
                Upcoming sessions
              </th>
            </tr>
          </thead>
          <tbody>
            {workshops.map((w) => (
              <tr key={w.activityId} className="border-b border-slate-300">
                <td className="p-2">
                  <Link href={`/admin/workshops/${w.activityId}`} className="text-[var(--link)] underline">
                    {w.course.fullName}: {w.name}
                  </Link>
                </td>
                <td className="p-2">{w.upcomingSessions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
