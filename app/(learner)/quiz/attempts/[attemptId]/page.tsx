import type { Metadata } from 'next';
import { cache } from 'react';
import type { Viewer } from '@/lib/auth/viewer';
import { pageTitles } from '@/components/layout/page-titles';
import { redirect } from 'next/navigation';
import { AttemptForm } from '@/components/quiz/attempt-form';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { TakeFocus } from '@/components/ui/take-focus';
import { requirePageViewer, pageOrNotFound } from '@/lib/auth/guards';
import { getAttemptPage } from '@/lib/quiz/queries';
import { saveAttemptPageAction } from '@/app/(learner)/quiz/actions';
import { parseIdParam } from '@/lib/validation';

type Props = { params: Promise<{ attemptId: string }>; searchParams: Promise<{ page?: string }> };

// One read for the title and the page (React cache, per request).
const load = cache((viewer: Viewer, attemptId: number, page: number | undefined) =>
  pageOrNotFound(() => getAttemptPage(viewer, attemptId, page)),
);

async function args({ params, searchParams }: Props) {
  const attemptId = parseIdParam((await params).attemptId);
  const requested = Number((await searchParams).page);
  const viewer = await requirePageViewer(`/quiz/attempts/${attemptId}`);
  return [viewer, attemptId, Number.isInteger(requested) ? requested : undefined] as const;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const attempt = await load(...(await args(props)));
  return {
    title: attempt.open ? pageTitles.attempt(attempt.activity.name, attempt.page, attempt.pageCount) : 'Quiz attempt',
  };
}

export default async function AttemptPage(props: Props) {
  const [viewer, attemptId, page] = await args(props);
  const attempt = await load(viewer, attemptId, page);
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
      <h1 id="attempt-heading" tabIndex={-1} className="text-3xl font-bold">
        {attempt.activity.name}
      </h1>
      {/* Each page of questions is a new page: start reading it from its heading. */}
      <TakeFocus key={attempt.page} targetId="attempt-heading" />
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
