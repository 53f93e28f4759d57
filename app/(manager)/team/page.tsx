import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePageViewer } from '@/lib/auth/guards';
import { formatDate } from '@/lib/format';
import { listDirectReports } from '@/lib/team/queries';

export const metadata: Metadata = { title: 'My Team' };

export default async function MyTeamPage() {
  const viewer = await requirePageViewer('/team');
  if (!viewer.isManager) notFound();
  const team = await listDirectReports(viewer);
  return (
    <>
      <h1 className="text-3xl font-bold">My Team</h1>
      <p className="mt-2 text-lg">
        The people who report directly to you. People who report to them are not shown here: their own manager sees
        them.
      </p>
      <table className="mt-6 w-full border-collapse text-left">
        <caption className="sr-only">Your direct reports and their learning</caption>
        <thead className="hidden md:table-header-group">
          <tr className="border-b-2 border-slate-800">
            <th scope="col" className="py-2 pr-4">
              Name
            </th>
            <th scope="col" className="py-2 pr-4">
              Last login
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              Courses started
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              Courses completed
            </th>
            <th scope="col" className="py-2 text-right">
              Certifications current
            </th>
          </tr>
        </thead>
        <tbody>
          {team.map((m) => (
            <tr key={m.id} className="block border-b border-slate-300 py-3 md:table-row md:py-0">
              <th scope="row" className="block py-1 pr-4 font-semibold md:table-cell md:py-3">
                {m.name}
                <span className="block text-sm font-normal text-slate-700">
                  {m.jobTitle ?? 'No job title'} · username {m.username}
                </span>
              </th>
              <td className="block py-1 pr-4 md:table-cell md:py-3">
                <span className="font-semibold md:hidden">Last login: </span>
                {m.lastLoginAt ? formatDate(m.lastLoginAt) : 'Never'}
              </td>
              <td className="block py-1 pr-4 md:table-cell md:py-3 md:text-right">
                <span className="font-semibold md:hidden">Courses started: </span>
                {m.coursesStarted}
              </td>
              <td className="block py-1 pr-4 md:table-cell md:py-3 md:text-right">
                <span className="font-semibold md:hidden">Courses completed: </span>
                {m.coursesCompleted}
              </td>
              <td className="block py-1 md:table-cell md:py-3 md:text-right">
                <span className="font-semibold md:hidden">Certifications current: </span>
                {m.certificationsCurrent} of {m.certificationsAssigned}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
