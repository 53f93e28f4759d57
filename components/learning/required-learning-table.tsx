import Link from 'next/link';
import { DueStatus } from '@/components/learning/due-status';
import { ProgressBar } from '@/components/learning/progress-bar';
import { ResponsiveTable, Td, Th } from '@/components/ui/table';
import type { RequiredItem } from '@/lib/records/required';

/** Required Learning: outstanding programs and certifications, for the learner or (readOnly) their manager. */
export function RequiredLearningTable({
  items,
  caption,
  readOnly = false,
}: {
  items: RequiredItem[];
  caption: string;
  readOnly?: boolean;
}) {
  return (
    <ResponsiveTable
      caption={caption}
      head={
        <>
          <Th>Name</Th>
          <Th>Type</Th>
          <Th>Due / status</Th>
          <Th>Progress</Th>
        </>
      }
    >
      {items.map((item) => (
        <tr key={`${item.kind}-${item.programId}`}>
          <Td label="Name">
            {readOnly ? (
              <span className="font-semibold">{item.fullName}</span>
            ) : (
              <Link href={`/programs/${item.programId}`} className="font-semibold text-[var(--link)] underline">
                {item.fullName}
              </Link>
            )}
          </Td>
          <Td label="Type">{item.kind === 'certification' ? 'Certification' : 'Program'}</Td>
          <Td label="Due / status">
            <DueStatus status={item.status} overdue={item.overdue} dueAt={item.dueAt} />
          </Td>
          <Td label="Progress">
            {item.progressPercent === null ? '–' : <ProgressBar percent={item.progressPercent} label="complete" />}
          </Td>
        </tr>
      ))}
    </ResponsiveTable>
  );
}
