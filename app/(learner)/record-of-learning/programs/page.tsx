import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DueStatus } from '@/components/learning/due-status';
import { ProgressBar } from '@/components/learning/progress-bar';
import { Tag } from '@/components/ui/tag';
import { ResponsiveTable, Td, Th } from '@/components/ui/table';
import { requirePageViewer } from '@/lib/auth/guards';
import { formatDate } from '@/lib/format';
import { listProgramRecords } from '@/lib/records/queries';
import { programStateLabel } from '@/lib/programs/rules';

export const metadata: Metadata = { title: 'Programs – Record of Learning' };

export default async function ProgramRecordsPage() {
  const viewer = await requirePageViewer('/record-of-learning/programs');
  const rows = await listProgramRecords(viewer);
  if (rows.length === 0) notFound();
  return (
    <>
      <h2 className="text-2xl font-bold">Programs</h2>
      <ResponsiveTable
        caption="Your programs"
        head={
          <>
            <Th>Program name</Th>
            <Th>Due / status</Th>
            <Th>Previous completions</Th>
            <Th>Progress</Th>
          </>
        }
      >
        {rows.map((r) => (
          <tr key={r.programId}>
            <Td label="Program name">
              <Link href={`/programs/${r.programId}`} className="font-semibold text-[var(--link)] underline">
                {r.fullName}
              </Link>
            </Td>
            <Td label="Due / status">
              {r.status === 'COMPLETE' ? (
                <>
                  <Tag tone="green">Complete</Tag> {formatDate(r.completedAt)}
                </>
              ) : (
                <DueStatus status={programStateLabel(r.state.key)} overdue={r.state.overdue} dueAt={r.state.dueAt} />
              )}
            </Td>
            <Td label="Previous completions">{r.previousCompletions}</Td>
            <Td label="Progress">
              <ProgressBar percent={r.progressPercent} label="complete" />
            </Td>
          </tr>
        ))}
      </ResponsiveTable>
    </>
  );
}
