import type { Metadata } from 'next';
import Link from 'next/link';
import { CertificationStateTag } from '@/components/learning/status-tags';
import { FullReportLink } from '@/components/team/full-report-link';
import { ResponsiveTable, Td, Th } from '@/components/ui/table';
import { Tag } from '@/components/ui/tag';
import { formatDate } from '@/lib/format';
import { requireManagerPage } from '@/lib/team/page-guards';
import { listTeamCertifications } from '@/lib/team/queries';
import { tallyCertifications } from '@/lib/team/rules';

export const metadata: Metadata = { title: 'My Team Certifications' };

export default async function TeamCertificationsPage() {
  const viewer = await requireManagerPage('/team/certifications');
  const rows = await listTeamCertifications(viewer);
  const tallies = tallyCertifications(rows);
  return (
    <>
      <h2 className="text-2xl font-bold">My Team Certifications</h2>
      <p className="mt-2">
        Certifications must be renewed at set intervals. Renewal opens (&quot;window open&quot;) about a month before a
        certification expires.
      </p>
      {rows.length === 0 ? (
        <p className="mt-4">None of your direct reports has a certification assigned.</p>
      ) : (
        <>
          <ResponsiveTable
            caption="How many of your team are certified, in their renewal window, expired or not certified, per certification"
            head={
              <>
                <Th>Certification</Th>
                <Th>Certified</Th>
                <Th>Window open</Th>
                <Th>Expired</Th>
                <Th>Not certified</Th>
                <Th>Assigned</Th>
              </>
            }
          >
            {tallies.map((t) => (
              <tr key={t.programId}>
                <Td label="Certification">
                  <span className="font-semibold">{t.name}</span>
                </Td>
                <Td label="Certified">{t.certified}</Td>
                <Td label="Window open">{t.windowOpen}</Td>
                <Td label="Expired">{t.expired}</Td>
                <Td label="Not certified">{t.notCertified}</Td>
                <Td label="Assigned">{t.total}</Td>
              </tr>
            ))}
          </ResponsiveTable>
          <h3 className="mt-8 text-xl font-bold">By person</h3>
          <ResponsiveTable
            caption="Each certification of each direct report, with its status and dates"
            head={
              <>
                <Th>Certification</Th>
                <Th>User</Th>
                <Th>Status</Th>
                <Th>Due</Th>
                <Th>Window opens</Th>
                <Th>Expires</Th>
              </>
            }
          >
            {rows.map((r) => (
              <tr key={`${r.programId}-${r.userId}`}>
                <Td label="Certification">{r.certification}</Td>
                <Td label="User">
                  <Link
                    href={`/team/members/${r.userId}/records/certifications`}
                    className="text-[var(--link)] underline"
                  >
                    {r.name}
                  </Link>
                </Td>
                <Td label="Status">
                  <CertificationStateTag state={r.state.key} />
                  {r.state.overdue && r.state.key !== 'expired' ? (
                    <>
                      {' '}
                      <Tag tone="red">Overdue</Tag>
                    </>
                  ) : null}
                </Td>
                <Td label="Due">{formatDate(r.state.dueAt) || '–'}</Td>
                <Td label="Window opens">{formatDate(r.timeWindowOpens) || '–'}</Td>
                <Td label="Expires">{formatDate(r.timeExpires) || '–'}</Td>
              </tr>
            ))}
          </ResponsiveTable>
        </>
      )}
      <FullReportLink tab="certifications" label="your team's certifications" />
    </>
  );
}
