import type { Metadata } from 'next';
import { ProgramRecordsTable } from '@/components/learning/program-records-table';
import { listProgramRecords } from '@/lib/records/queries';
import { requireDirectReportPage } from '@/lib/team/page-guards';

export const metadata: Metadata = { title: 'Programs – Record of Learning – My Team' };

type Props = { params: Promise<{ userId: string }> };

export default async function TeamMemberProgramRecordsPage({ params }: Props) {
  const { report } = await requireDirectReportPage((await params).userId);
  const rows = await listProgramRecords(report.owner);
  return (
    <>
      <h3 className="text-xl font-bold">Programs</h3>
      {rows.length === 0 ? (
        <p className="mt-4">{report.name} has no programs.</p>
      ) : (
        <ProgramRecordsTable rows={rows} caption={`${report.name}'s programs`} readOnly />
      )}
    </>
  );
}
