import type { Metadata } from 'next';
import { RequiredLearningTable } from '@/components/learning/required-learning-table';
import { listRequiredLearning } from '@/lib/records/required';
import { requireDirectReportPage } from '@/lib/team/page-guards';

export const metadata: Metadata = { title: 'Required Learning – My Team' };

type Props = { params: Promise<{ userId: string }> };

export default async function TeamMemberRequiredPage({ params }: Props) {
  const { report } = await requireDirectReportPage((await params).userId);
  const items = await listRequiredLearning(report.owner);
  return (
    <>
      <h2 className="text-2xl font-bold">Required Learning</h2>
      {items.length === 0 ? (
        <p className="mt-4">{report.name} has no required learning outstanding.</p>
      ) : (
        <RequiredLearningTable items={items} caption={`${report.name}'s outstanding required learning`} readOnly />
      )}
    </>
  );
}
