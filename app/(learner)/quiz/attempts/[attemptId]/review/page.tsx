import type { Metadata } from 'next';
import { cache } from 'react';
import type { Viewer } from '@/lib/auth/viewer';
import { pageTitles } from '@/components/layout/page-titles';
import { redirect } from 'next/navigation';
import { ReviewQuestion } from '@/components/quiz/review-question';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { ButtonLink } from '@/components/ui/button';
import { SummaryList } from '@/components/ui/summary-list';
import { requirePageViewer, pageOrNotFound } from '@/lib/auth/guards';
import { formatDateTime } from '@/lib/format';
import { getAttemptReview } from '@/lib/quiz/review-queries';
import { formatDuration, formatNumber } from '@/lib/quiz/rules';
import { parseIdParam } from '@/lib/validation';

const load = cache((viewer: Viewer, attemptId: number) => pageOrNotFound(() => getAttemptReview(viewer, attemptId)));

export async function generateMetadata({ params }: { params: Promise<{ attemptId: string }> }): Promise<Metadata> {
  const attemptId = parseIdParam((await params).attemptId);
  const review = await load(await requirePageViewer(`/quiz/attempts/${attemptId}/review`), attemptId);
  return {
    title: review.closed ? pageTitles.attemptReview(review.attemptNumber, review.activity.name) : 'Review of attempt',
  };
}

export default async function AttemptReviewPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const attemptId = parseIdParam((await params).attemptId);
  const viewer = await requirePageViewer(`/quiz/attempts/${attemptId}/review`);
  const review = await load(viewer, attemptId);
  if (!review.closed) redirect(`/quiz/attempts/${attemptId}`);
  const finished = review.state === 'FINISHED';

  return (
    <>
      <Breadcrumbs
        items={[
          { label: review.course.fullName, href: `/courses/${review.course.id}` },
          { label: review.activity.name, href: `/quiz/${review.activity.id}` },
          { label: 'Review' },
        ]}
      />
      <h1 className="text-3xl font-bold">Review of your attempt</h1>
      <p className="mt-2 text-lg">{review.activity.name}</p>
      <SummaryList
        className="mt-6"
        rows={[
          { key: 'Started on', value: formatDateTime(review.startedAt) },
          { key: 'State', value: finished ? 'Finished' : 'Never submitted (time ran out)' },
          { key: 'Completed on', value: review.finishedAt ? formatDateTime(review.finishedAt) : null },
          {
            key: 'Time taken',
            value: review.finishedAt ? formatDuration(review.finishedAt.getTime() - review.startedAt.getTime()) : null,
          },
          {
            key: 'Marks',
            value:
              review.show.marks && review.sumMarks !== null
                ? `${formatNumber(review.sumMarks)} / ${formatNumber(review.totalMarks)}`
                : null,
          },
          {
            key: 'Grade',
            value:
              review.show.marks && review.grade !== null && review.percent !== null
                ? `${formatNumber(review.grade)} out of ${formatNumber(review.maxGrade)} (${formatNumber(review.percent)}%)`
                : finished
                  ? null
                  : 'Not graded',
          },
          { key: 'Feedback', value: review.overallFeedback },
        ]}
      />
      <div className="mt-8">
        {review.questions.map((q) => (
          <ReviewQuestion key={q.slot} question={q} />
        ))}
      </div>
      <ButtonLink href={`/quiz/${review.activity.id}`}>Finish review</ButtonLink>
    </>
  );
}
