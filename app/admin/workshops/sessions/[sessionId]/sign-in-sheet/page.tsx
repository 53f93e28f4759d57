import type { Metadata } from 'next';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { getSessionAdmin } from '@/lib/workshops/admin-queries';
import { formatDateTimeRange } from '@/lib/format';
import { parseIdParam } from '@/lib/validation';

export const metadata: Metadata = { title: 'Sign-in sheet' };

/** A printable list of booked people with space to sign. */
export default async function SignInSheetPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const viewer = await requireAdminPage();
  const { session, attending } = await pageOrNotFound(() => getSessionAdmin(viewer, parseIdParam(sessionId)));
  return (
    <>
      <h1 className="text-3xl font-bold">Sign-in sheet: {session.workshop.activity.course.fullName}</h1>
      <ul className="mt-2">
        {session.dates.map((d) => (
          <li key={d.id}>
            {formatDateTimeRange(d.startsAt, d.endsAt, d.timezone)}
            {d.room ? `, ${d.room.name}` : ''}
          </li>
        ))}
      </ul>
      <p className="mt-2 print:hidden">Use your browser’s print option to print this page.</p>
      <table className="mt-6 w-full border-collapse text-left">
        <thead>
          <tr>
            <th scope="col" className="border border-slate-800 p-2">
              Name
            </th>
            <th scope="col" className="border border-slate-800 p-2">
              Username
            </th>
            <th scope="col" className="w-1/2 border border-slate-800 p-2">
              Signature
            </th>
          </tr>
        </thead>
        <tbody>
          {attending.map((b) => (
            <tr key={b.id}>
              <td className="border border-slate-800 p-2">
                {b.user.lastName}, {b.user.firstName}
              </td>
              <td className="border border-slate-800 p-2">{b.user.username}</td>
              <td className="h-12 border border-slate-800 p-2" />
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
