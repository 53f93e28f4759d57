import type { Metadata } from 'next';
import Link from 'next/link';
import { createQuizAction, deleteQuestionAction } from '@/app/admin/quizzes/actions';
import { ActionButtonForm } from '@/components/quiz/action-button-form';
import { CreateQuizForm } from '@/components/quiz/admin/create-quiz-form';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { ButtonLink } from '@/components/ui/button';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { parseIdParam } from '@/lib/validation';
import { getQuestionBank } from '@/lib/quiz/admin-queries';
import { formatNumber } from '@/lib/quiz/rules';

export const metadata: Metadata = { title: 'Question bank' };

const TYPE_LABELS = { SINGLE_CHOICE: 'One answer', MULTI_CHOICE: 'Several answers', TRUE_FALSE: 'True/false' } as const;

export default async function QuestionBankPage({
  params,
  searchParams,
}: {
  params: Promise<{ courseId: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const courseId = parseIdParam((await params).courseId);
  const viewer = await requireAdminPage();
  const bank = await pageOrNotFound(() => getQuestionBank(viewer, courseId));
  const saved = (await searchParams).saved === '1';
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Quizzes', href: '/admin/quizzes' },
          { label: 'Question bank' },
        ]}
      />
      {saved ? <NotificationBanner tone="success">Question saved.</NotificationBanner> : null}
      <h1 className="text-3xl font-bold">Question bank: {bank.course.fullName}</h1>
      <p className="mt-2 text-lg">Questions here can be used in any quiz on this course.</p>
      <ButtonLink href={`/admin/courses/${courseId}/questions/new`} className="mt-6">
        Add a question
      </ButtonLink>
      {bank.questions.length === 0 ? (
        <p className="mt-6">There are no questions yet.</p>
      ) : (
        <ul className="mt-6 space-y-3">
          {bank.questions.map((q) => (
            <li key={q.id} className="flex flex-wrap items-center justify-between gap-4 border-b border-slate-300 pb-3">
              <span>
                <Link
                  href={`/admin/courses/${courseId}/questions/${q.id}`}
                  className="font-semibold text-[var(--link)] underline"
                >
                  {q.name}
                </Link>
                <span className="block text-slate-700">
                  {TYPE_LABELS[q.type]} · {q.choiceCount} choices · default mark {formatNumber(q.defaultMark)} ·{' '}
                  {q.quizCount === 0 ? 'not in a quiz' : `in ${q.quizCount} quiz${q.quizCount === 1 ? '' : 'zes'}`}
                </span>
              </span>
              {q.quizCount === 0 ? (
                <ActionButtonForm
                  action={deleteQuestionAction}
                  fields={{ courseId, questionId: q.id }}
                  variant="warning"
                  pendingText="Deleting…"
                  label={
                    <>
                      Delete<span className="sr-only"> {q.name}</span>
                    </>
                  }
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <section className="mt-10">
        <h2 className="text-2xl font-bold">Quizzes on this course</h2>
        {bank.quizzes.length === 0 ? (
          <p className="mt-2">None yet.</p>
        ) : (
          <ul className="mt-2 list-disc pl-6">
            {bank.quizzes.map((q) => (
              <li key={q.id}>
                <Link href={`/admin/quizzes/${q.id}`} className="text-[var(--link)] underline">
                  {q.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <h3 className="mb-4 mt-6 text-xl font-bold">Add a quiz to this course</h3>
        <CreateQuizForm action={createQuizAction} courseId={courseId} />
      </section>
    </>
  );
}
