import type { Metadata } from 'next';
import { cache } from 'react';
import type { Viewer } from '@/lib/auth/viewer';
import { pageTitles } from '@/components/layout/page-titles';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SubmitAttempt } from '@/components/quiz/submit-attempt';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { ButtonLink } from '@/components/ui/button';
import { Tag } from '@/components/ui/tag';
import { requirePageViewer, pageOrNotFound } from '@/lib/auth/guards';
import { formatDateTime } from '@/lib/format';
import { getAttemptSummary } from '@/lib/quiz/queries';
import { finishAttemptAction } from '@/app/(learner)/quiz/actions';
import { parseIdParam } from '@/lib/validation';

const load = cache((viewer: Viewer, attemptId: number) => pageOrNotFound(() => getAttemptSummary(viewer, attemptId)));

export async function generateMetadata({ params }: { params: Promise<{ attemptId: string }> }): Promise<Metadata> {
  const attemptId = parseIdParam((await params).attemptId);
  const summary = await load(await requirePageViewer(`/quiz/attempts/${attemptId}/summary`), attemptId);
  return { title: summary.open ? pageTitles.attemptSummary(summary.activity.name) : 'Summary of attempt' };
}

export default async function AttemptSummaryPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const attemptId = parseIdParam((await params).attemptId);
  const viewer = await requirePageViewer(`/quiz/attempts/${attemptId}/summary`);
  const summary = await load(viewer, attemptId);
  if (!summary.open) redirect(`/quiz/attempts/${attemptId}/review`);
  const unanswered = summary.nav.filter((n) => n.status === 'Not yet answered').length;

  return (
    <>
      <Breadcrumbs
        items={[
          { label: summary.course.fullName, href: `/courses/${summary.course.id}` },
          { label: summary.activity.name, href: `/quiz/${summary.activity.id}` },
          { label: 'Summary of attempt' },
        ]}
      />
      <h1 className="text-3xl font-bold">Summary of attempt</h1>
      <p className="mt-2 text-lg">{summary.activity.name}</p>
      {summary.overdue ? (
        <p className="mt-4 border-l-4 border-red-700 bg-red-50 p-4 font-semibold">
          Time is up. Submit your attempt now: your saved answers will be marked.
        </p>
      ) : summary.deadlineAt ? (
        <p className="mt-4">This attempt must be submitted by {formatDateTime(summary.deadlineAt)}.</p>
      ) : null}

      <table className="mt-6 w-full max-w-2xl text-left">
        <thead>
          <tr className="border-b-2 border-slate-800">
            <th scope="col" className="py-2 pr-4">
              Question
            </th>
            <th scope="col" className="py-2">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.nav.map((item) => (
            <tr key={item.slot} className="border-b border-slate-300">
              <td className="py-3 pr-4">
                {summary.navigation === 'FREE' && !summary.overdue ? (
                  <Link href={`/quiz/attempts/${attemptId}?page=${item.page}`} className="text-[var(--link)] underline">
                    Question {item.number}
                  </Link>
                ) : (
                  `Question ${item.number}`
                )}
              </td>
              <td className="py-3">
                <Tag tone={item.status === 'Answer saved' ? 'green' : 'yellow'}>{item.status}</Tag>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="mt-8 flex flex-wrap items-start gap-4">
        {summary.overdue ? null : (
          <ButtonLink variant="secondary" href={`/quiz/attempts/${attemptId}`}>
            Return to attempt
          </ButtonLink>
        )}
        <SubmitAttempt
          action={finishAttemptAction}
          attemptId={attemptId}
          activityId={summary.activity.id}
          unanswered={unanswered}
        />
      </div>
    </>
  );
}
