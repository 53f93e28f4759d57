import type { Metadata } from 'next';
import { cache } from 'react';
import type { Viewer } from '@/lib/auth/viewer';
import Link from 'next/link';
import {
  addQuestionToQuizAction,
  removeQuestionFromQuizAction,
  updateQuizSettingsAction,
} from '@/app/admin/quizzes/actions';
import { ActionButtonForm } from '@/components/quiz/action-button-form';
import { QuizSettingsForm } from '@/components/quiz/admin/quiz-settings-form';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { SelectField } from '@/components/ui/field';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { parseIdParam } from '@/lib/validation';
import { getQuizForEdit } from '@/lib/quiz/admin-queries';
import { formatNumber } from '@/lib/quiz/rules';

// One read for the title and the page (React cache, per request).
const load = cache((viewer: Viewer, id: number) => pageOrNotFound(() => getQuizForEdit(viewer, id)));

export async function generateMetadata({ params }: { params: Promise<{ activityId: string }> }): Promise<Metadata> {
  const x = await load(await requireAdminPage(), parseIdParam((await params).activityId));
  return { title: `Edit quiz: ${x.activity.name}` };
}

const TYPE_LABELS = { SINGLE_CHOICE: 'One answer', MULTI_CHOICE: 'Several answers', TRUE_FALSE: 'True/false' } as const;

export default async function EditQuizPage({
  params,
  searchParams,
}: {
  params: Promise<{ activityId: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const activityId = parseIdParam((await params).activityId);
  const viewer = await requireAdminPage();
  const { activity, settings, bank } = await load(viewer, activityId);
  const created = (await searchParams).created === '1';
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Quizzes', href: '/admin/quizzes' },
          { label: activity.name },
        ]}
      />
      {created ? (
        <NotificationBanner tone="success">
          Quiz added. Now add questions from the question bank and check the settings.
        </NotificationBanner>
      ) : null}
      <h1 className="text-3xl font-bold">{activity.name}</h1>
      <p className="mt-2 text-lg">
        {activity.courseName} ·{' '}
        <Link href={`/admin/quizzes/${activity.id}/results`} className="text-[var(--link)] underline">
          Results
        </Link>{' '}
        ·{' '}
        <Link href={`/quiz/${activity.id}`} className="text-[var(--link)] underline">
          Learner view
        </Link>{' '}
        ·{' '}
        <Link href={`/admin/activities/${activity.id}`} className="text-[var(--link)] underline">
          Activity settings (name, completion, restrictions)
        </Link>
      </p>

      <section className="mt-8" aria-labelledby="questions-heading">
        <h2 id="questions-heading" className="text-2xl font-bold">
          Questions
        </h2>
        {settings.slots.length === 0 ? (
          <p className="mt-2">This quiz has no questions yet. Learners cannot start it until it has at least one.</p>
        ) : (
          <ol className="mt-4 space-y-2">
            {settings.slots.map((s, i) => (
              <li
                key={s.id}
                className="flex flex-wrap items-center justify-between gap-4 border-b border-slate-300 pb-2"
              >
                <span>
                  {i + 1}.{' '}
                  <Link
                    href={`/admin/courses/${activity.courseId}/questions/${s.question.id}`}
                    className="text-[var(--link)] underline"
                  >
                    {s.question.name}
                  </Link>{' '}
                  ({TYPE_LABELS[s.question.type]}, {formatNumber(s.maxMark)} mark{s.maxMark === 1 ? '' : 's'})
                </span>
                <ActionButtonForm
                  action={removeQuestionFromQuizAction}
                  fields={{ activityId: activity.id, slotId: s.id }}
                  variant="secondary"
                  pendingText="Removing…"
                  label={
                    <>
                      Remove<span className="sr-only"> {s.question.name}</span>
                    </>
                  }
                />
              </li>
            ))}
          </ol>
        )}
        {bank.length > 0 ? (
          <div className="mt-6 max-w-xl">
            <ActionButtonForm
              action={addQuestionToQuizAction}
              fields={{ activityId: activity.id }}
              label="Add question"
              pendingText="Adding…"
            >
              <SelectField
                name="questionId"
                label="Add a question from the bank"
                options={bank.map((q) => ({ value: String(q.id), label: q.name }))}
              />
            </ActionButtonForm>
          </div>
        ) : null}
        <p className="mt-4">
          <Link href={`/admin/courses/${activity.courseId}/questions`} className="text-[var(--link)] underline">
            Manage the question bank for {activity.courseName}
          </Link>
        </p>
      </section>

      <section className="mt-10" aria-labelledby="settings-heading">
        <h2 id="settings-heading" className="mb-4 text-2xl font-bold">
          Settings
        </h2>
        <QuizSettingsForm
          action={updateQuizSettingsAction}
          activityId={activity.id}
          initial={{ ...settings, name: activity.name }}
        />
      </section>
    </>
  );
}
