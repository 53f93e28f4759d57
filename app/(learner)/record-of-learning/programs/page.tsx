import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProgramRecordsTable } from '@/components/learning/program-records-table';
import { requirePageViewer } from '@/lib/auth/guards';
import { listProgramRecords } from '@/lib/records/queries';
import { HelpLink } from '@/components/help/help-link';

export const metadata: Metadata = { title: 'Programs – Record of Learning' };

export default async function ProgramRecordsPage() {
  const viewer = await requirePageViewer('/record-of-learning/programs');
  const rows = await listProgramRecords(viewer);
  if (rows.length === 0) notFound();
  return (
    <>
      <h2 className="text-2xl font-bold">Programs</h2>
      <HelpLink slug="programs" className="mt-2">
        What is a learning program?
      </HelpLink>
      <ProgramRecordsTable rows={rows} caption="Your programs" />
    </>
  );
}
