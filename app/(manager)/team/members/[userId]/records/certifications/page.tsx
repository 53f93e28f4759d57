import type { Metadata } from 'next';
import { CertificationRecordsTable } from '@/components/learning/certification-records-table';
import { listCertificationRecords } from '@/lib/records/queries';
import { requireDirectReportPage } from '@/lib/team/page-guards';

export const metadata: Metadata = { title: 'Certifications – Record of Learning – My Team' };

type Props = { params: Promise<{ userId: string }> };

export default async function TeamMemberCertificationRecordsPage({ params }: Props) {
  const { report } = await requireDirectReportPage((await params).userId);
  const rows = await listCertificationRecords(report.owner);
  return (
    <>
      <h3 className="text-xl font-bold">Certifications</h3>
      {rows.length === 0 ? (
        <p className="mt-4">{report.name} has no certifications.</p>
      ) : (
        <CertificationRecordsTable rows={rows} caption={`${report.name}'s certifications`} readOnly />
      )}
    </>
  );
}
