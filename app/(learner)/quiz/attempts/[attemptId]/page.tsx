import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AttemptForm } from '@/components/quiz/attempt-form';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { requirePageViewer, pageOrNotFound } from '@/lib/auth/guards';
import { getAttemptPage } from '@/lib/quiz/queries';
import { saveAttemptPageAction } from '@/app/(learner)/quiz/actions';
import { parseIdParam } from '@/lib/validation';

export const metadata: Metadata = { title: 'Quiz attempt' };

export default async function AttemptPage({
  params,
  searchParams,
}: {
  params: Promise<{ attemptId: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const attemptId = parseIdParam((await params).attemptId);
  const requested = Number((await searchParams).page);
  const viewer = await requirePageViewer(`/quiz/attempts/${attemptId}`);
  const attempt = await pageOrNotFound(() =>
    getAttemptPage(viewer, attemptId, Number.isInteger(requested) ? requested : undefined),
  );
  if (!attempt.open) redirect(`/quiz/attempts/${attemptId}/review`);

  return (
    <>
      <Breadcrumbs
        items={[
          { label: attempt.course.fullName, href: `/courses/${attempt.course.id}` },
          { label: attempt.activity.name, href: `/quiz/${attempt.activity.id}` },
          { label: 'Attempt' },
        ]}
      />
      <h1 className="text-3xl font-bold">{attempt.activity.name}</h1>
      <p className="mb-6 mt-1 text-slate-700">
        Page {attempt.page} of {attempt.pageCount}
      </p>
      <AttemptForm
        action={saveAttemptPageAction}
        key={attempt.page}
        attemptId={attempt.attemptId}
        page={attempt.page}
        pageCount={attempt.pageCount}
        navigation={attempt.navigation}
        overdue={attempt.overdue}
        deadline={attempt.deadlineAt?.toISOString() ?? null}
        nav={attempt.nav}
        questions={attempt.questions}
      />
    </>
  );
}
