import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { QuestionForm } from '@/components/quiz/admin/question-form';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { parseIdParam } from '@/lib/validation';
import { getQuestionForEdit } from '@/lib/quiz/admin-queries';
import { saveQuestionAction } from '@/app/admin/quizzes/actions';

export const metadata: Metadata = { title: 'Edit question' };

export default async function EditQuestionPage({
  params,
}: {
  params: Promise<{ courseId: string; questionId: string }>;
}) {
  const { courseId: rawCourse, questionId: rawQuestion } = await params;
  const courseId = parseIdParam(rawCourse);
  const questionId = parseIdParam(rawQuestion);
  const viewer = await requireAdminPage();
  const found = await pageOrNotFound(() => getQuestionForEdit(viewer, courseId, questionId));
  if (!found) notFound();
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Question bank', href: `/admin/courses/${courseId}/questions` },
          { label: found.question.name },
        ]}
      />
      <h1 className="mb-6 text-3xl font-bold">Edit question: {found.question.name}</h1>
      <QuestionForm action={saveQuestionAction} courseId={courseId} initial={found.question} />
    </>
  );
}
