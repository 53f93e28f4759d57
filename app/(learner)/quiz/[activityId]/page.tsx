import type { Metadata } from 'next';
import { cache } from 'react';
import type { Viewer } from '@/lib/auth/viewer';
import { pageTitles } from '@/components/layout/page-titles';
import { ActionButtonForm } from '@/components/quiz/action-button-form';
import { AttemptsTable } from '@/components/quiz/attempts-table';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { ButtonLink } from '@/components/ui/button';
import { SummaryList } from '@/components/ui/summary-list';
import { Tag } from '@/components/ui/tag';
import { requirePageViewer, pageOrNotFound } from '@/lib/auth/guards';
import { formatDateTime } from '@/lib/format';
import { plainText } from '@/lib/quiz/text';
import { getQuizView } from '@/lib/quiz/queries';
import { formatDuration, formatNumber, GRADING_METHOD_LABELS } from '@/lib/quiz/rules';
import { startAttemptAction } from '../actions';
import { parseIdParam } from '@/lib/validation';
import { HelpLink } from '@/components/help/help-link';

const load = cache((viewer: Viewer, activityId: number) => pageOrNotFound(() => getQuizView(viewer, activityId)));

export async function generateMetadata({ params }: { params: Promise<{ activityId: string }> }): Promise<Metadata> {
  const activityId = parseIdParam((await params).activityId);
  const quiz = await load(await requirePageViewer(`/quiz/${activityId}`), activityId);
  return { title: pageTitles.quiz(quiz.activity.name, quiz.course.fullName) };
}

export default async function QuizPage({ params }: { params: Promise<{ activityId: string }> }) {
  const { activityId: raw } = await params;
  const activityId = parseIdParam(raw);
  const viewer = await requirePageViewer(`/quiz/${activityId}`);
  const quiz = await load(viewer, activityId);
  const courseHref = `/courses/${quiz.course.id}`;

  return (
    <>
      <Breadcrumbs items={[{ label: quiz.course.fullName, href: courseHref }, { label: quiz.activity.name }]} />
      <h1 className="text-3xl font-bold">{quiz.activity.name}</h1>
      {quiz.introHtml ? <p className="mt-4 whitespace-pre-line text-lg">{plainText(quiz.introHtml)}</p> : null}

      <SummaryList
        className="mt-6"
        rows={[
          {
            key: 'Pass mark',
            value: quiz.passPercent === null ? 'No pass mark' : `${formatNumber(quiz.passPercent)}%`,
          },
          {
            key: 'Attempts allowed',
            value: quiz.attemptsAllowed === 0 ? 'Unlimited' : String(quiz.attemptsAllowed),
          },
          { key: 'Attempts used', value: quiz.enrolled ? String(quiz.attempts.length) : null },
          { key: 'Grading method', value: GRADING_METHOD_LABELS[quiz.gradingMethod] },
          { key: 'Time limit', value: quiz.timeLimitSeconds ? formatDuration(quiz.timeLimitSeconds * 1000) : null },
          { key: 'Opens', value: quiz.opensAt ? formatDateTime(quiz.opensAt) : null },
          { key: 'Closes', value: quiz.closesAt ? formatDateTime(quiz.closesAt) : null },
          { key: 'Questions', value: String(quiz.questionCount) },
        ]}
      />

      {!quiz.available ? (
        <div className="mt-6 border-l-4 border-slate-500 bg-slate-100 p-4">
          <h2 className="text-xl font-bold">Not available yet</h2>
          {quiz.enrolled ? null : <p className="mt-2">You need to enrol on {quiz.course.fullName} first.</p>}
          {quiz.lockedReasons.map((reason) => (
            <p key={reason} className="mt-2">
              {reason}.
            </p>
          ))}
          <p className="mt-2">
            <a href={courseHref} className="text-[var(--link)] underline">
              Go to the course page
            </a>
          </p>
        </div>
      ) : null}

      {quiz.attempts.length > 0 ? (
        <section className="mt-8">
          <AttemptsTable attempts={quiz.attempts} totalMarks={quiz.totalMarks} maxGrade={quiz.maxGrade} />
        </section>
      ) : null}

      {quiz.finalGrade !== null ? (
        <section className="mt-6" aria-labelledby="final-grade">
          <h2 id="final-grade" className="text-xl font-bold">
            Your final grade for this quiz is {formatNumber(quiz.finalGrade)} / {formatNumber(quiz.maxGrade)}
          </h2>
          {quiz.passed === true ? (
            <Tag tone="green">Passed</Tag>
          ) : quiz.passed === false ? (
            <Tag tone="red">Not passed yet</Tag>
          ) : null}
          {quiz.overallFeedback ? <p className="mt-2 text-lg">{quiz.overallFeedback}</p> : null}
        </section>
      ) : null}

      {quiz.available ? (
        <div className="mt-8">
          {quiz.button.kind === 'CONTINUE' && quiz.openAttemptId ? (
            <ButtonLink href={`/quiz/attempts/${quiz.openAttemptId}`}>{quiz.button.label}</ButtonLink>
          ) : quiz.button.kind === 'START' || quiz.button.kind === 'REATTEMPT' ? (
            <ActionButtonForm action={startAttemptAction} fields={{ activityId }} label={quiz.button.label}>
              {quiz.timeLimitSeconds ? (
                <p className="mb-4">
                  The quiz has a time limit of {formatDuration(quiz.timeLimitSeconds * 1000)}. The time starts when you
                  start and your attempt is submitted automatically when it runs out.
                </p>
              ) : null}
            </ActionButtonForm>
          ) : quiz.button.kind === 'NONE' ? (
            <p className="text-lg font-semibold">{quiz.button.message}</p>
          ) : null}
        </div>
      ) : null}

      <HelpLink slug="quizzes" className="mt-8">
        How do I complete a quiz?
      </HelpLink>
      <p className="mt-4">
        <a href={courseHref} className="text-[var(--link)] underline">
          Back to {quiz.course.fullName}
        </a>
      </p>
    </>
  );
}
