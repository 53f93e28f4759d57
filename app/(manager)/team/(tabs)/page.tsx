import type { Metadata } from 'next';
import Link from 'next/link';
import { ComplianceSummary } from '@/components/team/compliance-summary';
import { FullReportLink } from '@/components/team/full-report-link';
import { ResponsiveTable, Td, Th } from '@/components/ui/table';
import { formatDate } from '@/lib/format';
import { getTeamCompliance } from '@/lib/team/compliance';
import { requireManagerPage } from '@/lib/team/page-guards';
import { listDirectReports } from '@/lib/team/queries';
import { sendReminderAction } from '../actions';

export const metadata: Metadata = { title: 'My Team' };

const LINK = 'inline-flex min-h-11 items-center text-[var(--link)] underline sm:min-h-0';

export default async function MyTeamPage() {
  const viewer = await requireManagerPage('/team');
  const now = new Date();
  const [team, compliance] = await Promise.all([listDirectReports(viewer, now), getTeamCompliance(viewer, now)]);
  return (
    <>
      <ComplianceSummary compliance={compliance} remindAction={sendReminderAction} now={now} />
      <h2 className="text-2xl font-bold">Your direct reports</h2>
      {team.length === 0 ? (
        <p className="mt-4">Nobody reports to you in iLearn+ at the moment.</p>
      ) : (
        <ResponsiveTable
          caption="Your direct reports: last login, courses started and completed, and links to their learning"
          head={
            <>
              <Th>User</Th>
              <Th>Last login</Th>
              <Th>Courses started</Th>
              <Th>Courses completed</Th>
              <Th>Certifications current</Th>
            </>
          }
        >
          {team.map((m) => (
            <tr key={m.id}>
              <Td label="User">
                <Link href={`/team/members/${m.id}`} className="font-semibold text-[var(--link)] underline">
                  {m.name}
                </Link>
                <span className="block text-sm text-slate-700">
                  {m.jobTitle ?? 'No job title'} · username {m.username}
                </span>
                <span className="mt-1 flex flex-wrap gap-x-4">
                  <Link href={`/team/members/${m.id}`} className={LINK}>
                    Profile<span className="sr-only"> of {m.name}</span>
                  </Link>
                  <Link href={`/team/members/${m.id}/bookings`} className={LINK}>
                    Bookings<span className="sr-only"> of {m.name}</span>
                  </Link>
                  <Link href={`/team/members/${m.id}/records`} className={LINK}>
                    Records<span className="sr-only"> of {m.name}</span>
                  </Link>
                  <Link href={`/team/members/${m.id}/required`} className={LINK}>
                    Required<span className="sr-only"> learning of {m.name}</span>
                  </Link>
                </span>
              </Td>
              <Td label="Last login">{m.lastLoginAt ? formatDate(m.lastLoginAt) : 'Never'}</Td>
              <Td label="Courses started">{m.coursesStarted}</Td>
              <Td label="Courses completed">{m.coursesCompleted}</Td>
              <Td label="Certifications current">
                {m.certificationsCurrent} of {m.certificationsAssigned}
              </Td>
            </tr>
          ))}
        </ResponsiveTable>
      )}
      <p className="mt-6">
        <Link href="/team/bookings" className="text-[var(--link)] underline">
          See your team&apos;s workshop bookings
        </Link>{' '}
        (upcoming and past, with attendance).
      </p>
      <FullReportLink tab="members" label="your team" />
    </>
  );
}
