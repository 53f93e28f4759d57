import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ProgressBar } from '@/components/learning/progress-bar';
import { CertificationStateTag } from '@/components/learning/status-tags';
import { Tag } from '@/components/ui/tag';
import { ResponsiveTable, Td, Th } from '@/components/ui/table';
import { requirePageViewer } from '@/lib/auth/guards';
import { renewalLabel } from '@/lib/certifications/rules';
import { formatDate } from '@/lib/format';
import { listCertificationRecords } from '@/lib/records/queries';

export const metadata: Metadata = { title: 'Certifications – Record of Learning' };

export default async function CertificationRecordsPage() {
  const viewer = await requirePageViewer('/record-of-learning/certifications');
  const rows = await listCertificationRecords(viewer);
  if (rows.length === 0) notFound();
  return (
    <>
      <h2 className="text-2xl font-bold">Certifications</h2>
      <p className="mt-2">
        Renew a certification from the date its window opens, usually about a month before it expires.
      </p>
      <ResponsiveTable
        caption="Your certifications"
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
              <Link href={`/programs/${r.programId}`} className="font-semibold text-[var(--link)] underline">
                {r.fullName}
              </Link>
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
    </>
  );
}
