import Link from 'next/link';
import { DueStatus } from '@/components/learning/due-status';
import { ProgressBar } from '@/components/learning/progress-bar';
import { ResponsiveTable, Td, Th } from '@/components/ui/table';
import { Tag } from '@/components/ui/tag';
import { formatDate } from '@/lib/format';
import { programStateLabel } from '@/lib/programs/rules';
import type { ProgramRecord } from '@/lib/records/queries';

/** Record of Learning › Programs, for the learner or (readOnly, names as text) their manager. */
export function ProgramRecordsTable({
  rows,
  caption,
  readOnly = false,
}: {
  rows: ProgramRecord[];
  caption: string;
  readOnly?: boolean;
}) {
  return (
    <ResponsiveTable
      caption={caption}
      head={
        <>
          <Th>Program name</Th>
          <Th>Program mandatory</Th>
          <Th>Recurring</Th>
          <Th>Due / status</Th>
          <Th>Previous completions</Th>
          <Th>Progress</Th>
        </>
      }
    >
      {rows.map((r) => (
        <tr key={r.programId}>
          <Td label="Program name">
            {readOnly ? (
              <span className="font-semibold">{r.fullName}</span>
            ) : (
              <Link href={`/programs/${r.programId}`} className="font-semibold text-[var(--link)] underline">
                {r.fullName}
              </Link>
            )}
          </Td>
          <Td label="Program mandatory">
            {r.mandatory ? (
              <>
                <span aria-hidden="true">✓</span> Yes
              </>
            ) : (
              'No'
            )}
          </Td>
          <Td label="Recurring">{r.recurring ? 'Yes' : 'No'}</Td>
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
  );
}
