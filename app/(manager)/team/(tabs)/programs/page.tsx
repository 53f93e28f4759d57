import type { Metadata } from 'next';
import Link from 'next/link';
import { ProgressBar } from '@/components/learning/progress-bar';
import { FullReportLink } from '@/components/team/full-report-link';
import { ResponsiveTable, Td, Th } from '@/components/ui/table';
import { Tag } from '@/components/ui/tag';
import { formatDate } from '@/lib/format';
import { requireManagerPage } from '@/lib/team/page-guards';
import { listTeamPrograms } from '@/lib/team/queries';

export const metadata: Metadata = { title: 'My Team Programs' };

export default async function TeamProgramsPage() {
  const viewer = await requireManagerPage('/team/programs');
  const rows = await listTeamPrograms(viewer);
  return (
    <>
      <h2 className="text-2xl font-bold">My Team Programs</h2>
      {rows.length === 0 ? (
        <p className="mt-4">None of your direct reports has a program assigned.</p>
      ) : (
        <ResponsiveTable
          caption="Programs assigned to your direct reports: complete or not, with progress and due dates"
          head={
            <>
              <Th>Program</Th>
              <Th>User</Th>
              <Th>Status</Th>
              <Th>Due</Th>
              <Th>Progress</Th>
            </>
          }
        >
          {rows.map((r) => (
            <tr key={`${r.programId}-${r.userId}`}>
              <Td label="Program">{r.program}</Td>
              <Td label="User">
                <Link href={`/team/members/${r.userId}/records/programs`} className="text-[var(--link)] underline">
                  {r.name}
                </Link>
              </Td>
              <Td label="Status">
                {r.state.key === 'complete' ? (
                  <>
                    <Tag tone="green">Complete</Tag> {formatDate(r.completedAt)}
                  </>
                ) : (
                  <>
                    <Tag>Not complete</Tag>
                    {r.state.overdue ? (
                      <>
                        {' '}
                        <Tag tone="red">Overdue</Tag>
                      </>
                    ) : null}
                  </>
                )}
              </Td>
              <Td label="Due">{formatDate(r.state.dueAt) || 'No due date'}</Td>
              <Td label="Progress">
                <ProgressBar percent={r.state.progressPercent} label="complete" />
              </Td>
            </tr>
          ))}
        </ResponsiveTable>
      )}
      <FullReportLink tab="programs" label="your team's programs" />
    </>
  );
}
