import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CertificationRecordsTable } from '@/components/learning/certification-records-table';
import { requirePageViewer } from '@/lib/auth/guards';
import { listCertificationRecords } from '@/lib/records/queries';
import { HelpLink } from '@/components/help/help-link';

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
      <HelpLink slug="certifications" className="mt-2">
        What is a certification, and when do I renew it?
      </HelpLink>
      <CertificationRecordsTable rows={rows} caption="Your certifications" />
    </>
  );
}
