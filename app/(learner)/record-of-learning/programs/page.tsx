import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProgramRecordsTable } from '@/components/learning/program-records-table';
import { requirePageViewer } from '@/lib/auth/guards';
import { listProgramRecords } from '@/lib/records/queries';

export const metadata: Metadata = { title: 'Programs – Record of Learning' };

export default async function ProgramRecordsPage() {
  const viewer = await requirePageViewer('/record-of-learning/programs');
  const rows = await listProgramRecords(viewer);
  if (rows.length === 0) notFound();
  return (
    <>
      <h2 className="text-2xl font-bold">Programs</h2>
      <ProgramRecordsTable rows={rows} caption="Your programs" />
    </>
  );
}
