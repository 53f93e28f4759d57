import type { Metadata } from 'next';
import { QuestionForm } from '@/components/quiz/admin/question-form';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { parseIdParam } from '@/lib/validation';
import { requireCourseManager } from '@/lib/auth/course-manager';
import { saveQuestionAction } from '@/app/admin/quizzes/actions';

export const metadata: Metadata = { title: 'Add a question' };

export default async function NewQuestionPage({ params }: { params: Promise<{ courseId: string }> }) {
  const courseId = parseIdParam((await params).courseId);
  const viewer = await requireAdminPage();
  const course = await pageOrNotFound(() => requireCourseManager(viewer, courseId));
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Question bank', href: `/admin/courses/${courseId}/questions` },
          { label: 'Add a question' },
        ]}
      />
      <h1 className="mb-6 text-3xl font-bold">Add a question to {course.fullName}</h1>
      <QuestionForm
        action={saveQuestionAction}
        courseId={courseId}
        initial={{
          id: null,
          type: 'SINGLE_CHOICE',
          name: '',
          textHtml: '',
          generalFeedback: null,
          defaultMark: 1,
          shuffleChoices: true,
          choices: [],
        }}
      />
    </>
  );
}
