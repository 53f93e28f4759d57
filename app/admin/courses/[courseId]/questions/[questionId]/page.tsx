import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { notFoundOnDenied, parseId } from '@/components/quiz/admin/guard';
import { QuestionForm } from '@/components/quiz/admin/question-form';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { requireAdminPage } from '@/lib/auth/guards';
import { getQuestionForEdit } from '@/lib/quiz/admin-queries';
import { saveQuestionAction } from '@/app/admin/quizzes/actions';

export const metadata: Metadata = { title: 'Edit question' };

export default async function EditQuestionPage({
  params,
}: {
  params: Promise<{ courseId: string; questionId: string }>;
}) {
  const { courseId: rawCourse, questionId: rawQuestion } = await params;
  const courseId = parseId(rawCourse);
  const questionId = parseId(rawQuestion);
  const viewer = await requireAdminPage();
  const found = await getQuestionForEdit(viewer, courseId, questionId).catch(notFoundOnDenied);
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
