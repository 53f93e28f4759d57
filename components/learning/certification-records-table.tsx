import Link from 'next/link';
import { ProgressBar } from '@/components/learning/progress-bar';
import { CertificationStateTag } from '@/components/learning/status-tags';
import { ResponsiveTable, Td, Th } from '@/components/ui/table';
import { Tag } from '@/components/ui/tag';
import { renewalLabel } from '@/lib/certifications/rules';
import { formatDate } from '@/lib/format';
import type { CertificationRecord } from '@/lib/records/queries';

/** Record of Learning › Certifications, for the learner or (readOnly, names as text) their manager. */
export function CertificationRecordsTable({
  rows,
  caption,
  readOnly = false,
}: {
  rows: CertificationRecord[];
  caption: string;
  readOnly?: boolean;
}) {
  return (
    <ResponsiveTable
      caption={caption}
      head={
        <>
          <Th>Certification</Th>
          <Th>Due date</Th>
          <Th>Status</Th>
          <Th>Renewal status</Th>
          <Th>Window opens</Th>
          <Th>Expires</Th>
          <Th>Completed</Th>
          <Th>Previous completions</Th>
          <Th>Progress</Th>
        </>
      }
    >
      {rows.map((r) => (
        <tr key={r.programId}>
          <Td label="Certification">
            {readOnly ? (
              <span className="font-semibold">{r.fullName}</span>
            ) : (
              <Link href={`/programs/${r.programId}`} className="font-semibold text-[var(--link)] underline">
                {r.fullName}
              </Link>
            )}
          </Td>
          <Td label="Due date">
            {r.state.dueAt ? formatDate(r.state.dueAt) : '–'}
            {r.state.overdue ? (
              <>
                {' '}
                <Tag tone="red">Overdue</Tag>
              </>
            ) : null}
          </Td>
          <Td label="Status">
            <CertificationStateTag state={r.state.key} />
          </Td>
          <Td label="Renewal status">{renewalLabel(r.state)}</Td>
          <Td label="Window opens">{formatDate(r.timeWindowOpens) || '–'}</Td>
          <Td label="Expires">{formatDate(r.timeExpires) || '–'}</Td>
          <Td label="Completed">{formatDate(r.timeCompleted) || '–'}</Td>
          <Td label="Previous completions">
            {r.history.length === 0 ? (
              '0'
            ) : (
              <details>
                <summary className="cursor-pointer text-[var(--link)] underline">
                  {r.history.length}
                  <span className="sr-only"> previous completions of {r.fullName}</span>
                </summary>
                <ul className="mt-1 list-disc pl-5">
                  {r.timeCompleted &&
                  r.timeExpires &&
                  !r.history.some((h) => h.timeCompleted.getTime() === r.timeCompleted?.getTime()) ? (
                    <li>
                      Completed {formatDate(r.timeCompleted)}, valid until {formatDate(r.timeExpires)}. Current: yes
                    </li>
                  ) : null}
                  {r.history.map((h) => (
                    <li key={h.timeCompleted.toISOString()}>
                      Completed {formatDate(h.timeCompleted)}, valid until {formatDate(h.timeExpires)}. Current:{' '}
                      {h.timeCompleted.getTime() === r.timeCompleted?.getTime() ? 'yes' : 'no'}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </Td>
          <Td label="Progress">
            <ProgressBar percent={r.progressPercent} label="complete" />
          </Td>
        </tr>
      ))}
    </ResponsiveTable>
  );
}
