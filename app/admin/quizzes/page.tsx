import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateQuizForm } from '@/components/quiz/admin/create-quiz-form';
import { requireAdminPage } from '@/lib/auth/guards';
import { listManagedQuizzes } from '@/lib/quiz/admin-queries';
import { createQuizAction } from '@/app/admin/quizzes/actions';

export const metadata: Metadata = { title: 'Quizzes' };

export default async function AdminQuizzesPage() {
  const viewer = await requireAdminPage();
  const { quizzes, courses } = await listManagedQuizzes(viewer);
  const banks = [...new Map(quizzes.map((q) => [q.course.id, q.course])).values()];
  return (
    <>
      <h1 className="text-3xl font-bold">Quizzes</h1>
      <p className="mt-2 text-lg">Quizzes in the courses you manage. Each course has its own question bank.</p>
      {quizzes.length === 0 ? (
        <p className="mt-6">There are no quizzes in your courses yet. Add one below.</p>
      ) : (
        <table className="mt-6 w-full text-left">
          <caption className="sr-only">Quizzes</caption>
          <thead className="sr-only sm:not-sr-only sm:table-header-group">
            <tr className="border-b-2 border-slate-800">
              <th scope="col" className="py-2 pr-4">
                Quiz
              </th>
              <th scope="col" className="py-2 pr-4">
                Course
              </th>
              <th scope="col" className="py-2 pr-4">
                Questions
              </th>
              <th scope="col" className="py-2 pr-4">
                Attempts
              </th>
              <th scope="col" className="py-2">
                Results
              </th>
            </tr>
          </thead>
          <tbody>
            {quizzes.map((q) => (
              <tr key={q.activityId} className="block border-b border-slate-300 py-2 sm:table-row">
                <td className="block py-1 pr-4 sm:table-cell sm:py-3">
                  <Link href={`/admin/quizzes/${q.activityId}`} className="font-semibold text-[var(--link)] underline">
                    {q.name}
                  </Link>
                </td>
                <td className="block py-1 pr-4 sm:table-cell sm:py-3">{q.course.fullName}</td>
                <td className="block py-1 pr-4 sm:table-cell sm:py-3">
                  <span className="sm:hidden">Questions: </span>
                  {q.questionCount}
                </td>
                <td className="block py-1 pr-4 sm:table-cell sm:py-3">
                  <span className="sm:hidden">Attempts: </span>
                  {q.attemptCount}
                </td>
                <td className="block py-1 sm:table-cell sm:py-3">
                  <Link href={`/admin/quizzes/${q.activityId}/results`} className="text-[var(--link)] underline">
                    Results<span className="sr-only"> for {q.name}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {banks.length > 0 ? (
        <section className="mt-8">
          <h2 className="text-2xl font-bold">Question banks</h2>
          <ul className="mt-2 list-disc pl-6">
            {banks.map((c) => (
              <li key={c.id}>
                <Link href={`/admin/courses/${c.id}/questions`} className="text-[var(--link)] underline">
                  {c.fullName}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="mt-8">
        <h2 className="mb-4 text-2xl font-bold">Add a quiz</h2>
        {courses.length === 0 ? (
          <p>You do not manage any courses yet.</p>
        ) : (
          <CreateQuizForm action={createQuizAction} courses={courses} />
        )}
      </section>
    </>
  );
}
