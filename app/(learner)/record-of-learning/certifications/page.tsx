import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CertificationStatusTag, RenewalStatusText } from '@/components/learning/status-tags';
import { ResponsiveTable, Td, Th } from '@/components/ui/table';
import { requirePageViewer } from '@/lib/auth/guards';
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
            <Th>Status</Th>
            <Th>Renewal status</Th>
            <Th>Due</Th>
            <Th>Window opens</Th>
            <Th>Expires</Th>
            <Th>Completed</Th>
            <Th>Previous completions</Th>
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
            <Td label="Status">
              <CertificationStatusTag status={r.status} />
            </Td>
            <Td label="Renewal status">
              <RenewalStatusText status={r.renewalStatus} />
            </Td>
            <Td label="Due">{formatDate(r.dueAt) || '–'}</Td>
            <Td label="Window opens">{formatDate(r.timeWindowOpens) || '–'}</Td>
            <Td label="Expires">{formatDate(r.timeExpires) || '–'}</Td>
            <Td label="Completed">{formatDate(r.timeCompleted) || '–'}</Td>
            <Td label="Previous completions">
              {r.history.length === 0 ? (
                '0'
              ) : (
                <details>
                  <summary className="cursor-pointer text-[var(--link)] underline">{r.history.length}</summary>
                  <ul className="mt-1 list-disc pl-5">
                    {r.history.map((h) => (
                      <li key={h.timeCompleted.toISOString()}>
                        Completed {formatDate(h.timeCompleted)}, expired {formatDate(h.timeExpires)}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </Td>
          </tr>
        ))}
      </ResponsiveTable>
    </>
  );
}
