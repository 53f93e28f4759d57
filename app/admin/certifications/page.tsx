import type { Metadata } from 'next';
import { OVERVIEW_COLUMNS, OverviewBar } from '@/components/certifications/overview-chart';
import { ResponsiveTable, Td, Th } from '@/components/ui/table';
import { requireAdminPage } from '@/lib/auth/guards';
import { getCertificationOverview } from '@/lib/certifications/overview';

export const metadata: Metadata = { title: 'Certification overview' };

export default async function CertificationOverviewPage() {
  const viewer = await requireAdminPage();
  const overview = await getCertificationOverview(viewer);
  return (
    <>
      <h1 className="text-3xl font-bold">Certification overview</h1>
      <p className="mt-2">
        Everyone assigned to each certification, by organisation. &quot;Window open&quot; people are still certified
        until their expiry date; &quot;Overdue&quot; people are not certified and past their due date.
      </p>
      {overview.length === 0 ? <p className="mt-6">No one is assigned to a certification you manage yet.</p> : null}
      {overview.map((c) => (
        <section key={c.programId} className="mt-8" aria-labelledby={`cert-${c.programId}`}>
          <h2 id={`cert-${c.programId}`} className="text-2xl font-bold">
            {c.fullName}
          </h2>
          <OverviewBar name={c.fullName} counts={c.totals} />
          <ResponsiveTable
            caption={`${c.fullName}: people in each state by organisation`}
            head={
              <>
                <Th>Organisation</Th>
                {OVERVIEW_COLUMNS.map((col) => (
                  <Th key={col.key}>{col.label}</Th>
                ))}
                <Th>Assigned</Th>
              </>
            }
          >
            {[...c.rows, { organisation: 'All organisations', counts: c.totals }].map((row) => (
              <tr key={row.organisation}>
                <Td label="Organisation">{row.organisation}</Td>
                {OVERVIEW_COLUMNS.map((col) => (
                  <Td key={col.key} label={col.label}>
                    {row.counts[col.key]}
                  </Td>
                ))}
                <Td label="Assigned">{row.counts.total}</Td>
              </tr>
            ))}
          </ResponsiveTable>
        </section>
      ))}
    </>
  );
}
