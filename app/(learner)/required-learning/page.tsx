import type { Metadata } from 'next';
import Link from 'next/link';
import { DueStatus } from '@/components/learning/due-status';
import { ProgressBar } from '@/components/learning/progress-bar';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { ResponsiveTable, Td, Th } from '@/components/ui/table';
import { requirePageViewer } from '@/lib/auth/guards';
import { listRequiredLearning } from '@/lib/records/required';

export const metadata: Metadata = { title: 'Required Learning' };

export default async function RequiredLearningPage() {
  const viewer = await requirePageViewer('/required-learning');
  const now = new Date();
  const items = await listRequiredLearning(viewer, now);
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: 'Required Learning' }]} />
      <h1 className="text-3xl font-bold">Required Learning</h1>
      <p className="mt-2 text-lg">
        Mandatory programs and certifications you still need to complete. Your manager or L&amp;D team may ask you to do
        other learning as well.
      </p>
      {items.length === 0 ? (
        <p className="mt-6">
          You have no required learning right now.{' '}
          <Link href="/find-learning" className="text-[var(--link)] underline">
            Browse Find Learning
          </Link>{' '}
          to add more.
        </p>
      ) : (
        <ResponsiveTable
          caption="Your outstanding required learning"
          head={
            <>
              <Th>Name</Th>
              <Th>Type</Th>
              <Th>Due / status</Th>
              <Th>Progress</Th>
            </>
          }
        >
          {items.map((item) => (
            <tr key={`${item.kind}-${item.programId}`}>
              <Td label="Name">
                <Link href={`/programs/${item.programId}`} className="font-semibold text-[var(--link)] underline">
                  {item.fullName}
                </Link>
              </Td>
              <Td label="Type">{item.kind === 'certification' ? 'Certification' : 'Program'}</Td>
              <Td label="Due / status">
                <DueStatus status={item.status} overdue={item.overdue} dueAt={item.dueAt} />
              </Td>
              <Td label="Progress">
                {item.progressPercent === null ? '–' : <ProgressBar percent={item.progressPercent} label="complete" />}
              </Td>
            </tr>
          ))}
        </ResponsiveTable>
      )}
    </div>
  );
}
