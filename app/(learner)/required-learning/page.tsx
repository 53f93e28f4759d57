import type { Metadata } from 'next';
import Link from 'next/link';
import { RequiredLearningTable } from '@/components/learning/required-learning-table';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { requirePageViewer } from '@/lib/auth/guards';
import { listRequiredLearning } from '@/lib/records/required';
import { HelpLink } from '@/components/help/help-link';

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
        <RequiredLearningTable items={items} caption="Your outstanding required learning" />
      )}
      <HelpLink slug="outstanding-learning" className="mt-8">
        How do I see the learning I still have to do?
      </HelpLink>
    </div>
  );
}
