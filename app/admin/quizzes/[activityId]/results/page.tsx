import type { Metadata } from 'next';
import { AttemptState } from '@/components/quiz/attempt-state';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { SummaryList } from '@/components/ui/summary-list';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { parseIdParam } from '@/lib/validation';
import { getQuizResults } from '@/lib/quiz/admin-queries';
import { formatDateTime } from '@/lib/format';
import { formatNumber } from '@/lib/quiz/rules';

export const metadata: Metadata = { title: 'Quiz results' };

export default async function QuizResultsPage({ params }: { params: Promise<{ activityId: string }> }) {
  const activityId = parseIdParam((await params).activityId);
  const viewer = await requireAdminPage();
  const results = await pageOrNotFound(() => getQuizResults(viewer, activityId));
  const { stats } = results;
  const cell = 'block py-1 sm:table-cell sm:border-b sm:border-slate-300 sm:py-3 sm:pr-4';
  const label = 'font-semibold sm:hidden';
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Quizzes', href: '/admin/quizzes' },
          { label: results.activity.name, href: `/admin/quizzes/${activityId}` },
          { label: 'Results' },
        ]}
      />
      <h1 className="text-3xl font-bold">Results: {results.activity.name}</h1>
      <p className="mt-2 text-lg">{results.activity.courseName}</p>
      <SummaryList
        className="mt-6"
        rows={[
          { key: 'Attempts', value: String(stats.attempts) },
          { key: 'Learners', value: String(stats.learners) },
          { key: 'Learners with a grade', value: String(stats.graded) },
          {
            key: 'Average final grade',
            value:
              stats.averageGrade === null
                ? 'No grades yet'
                : `${formatNumber(stats.averageGrade)} / ${formatNumber(results.maxGrade)}`,
          },
          {
            key: 'Pass rate',
            value:
              results.passPercent === null
                ? 'This quiz has no pass mark'
                : stats.passRate === null
                  ? 'No grades yet'
                  : `${formatNumber(stats.passRate)}% (${stats.passed} of ${stats.graded} passed, pass mark ${formatNumber(results.passPercent)}%)`,
          },
        ]}
      />
      <p className="mt-6">
        <a href={`/admin/quizzes/${activityId}/results/export`} className="text-[var(--link)] underline" download>
          Download all attempts (CSV)
        </a>
      </p>
      {results.rows.length === 0 ? (
        <p className="mt-6">No one has attempted this quiz yet.</p>
      ) : (
        <table className="mt-6 w-full text-left">
          <caption className="sr-only">Attempts</caption>
          <thead className="sr-only sm:not-sr-only sm:table-header-group">
            <tr className="border-b-2 border-slate-800">
              <th scope="col" className="py-2 pr-4">
                Learner
              </th>
              <th scope="col" className="py-2 pr-4">
                Attempt
              </th>
              <th scope="col" className="py-2 pr-4">
                State
              </th>
              <th scope="col" className="py-2 pr-4">
                Started
              </th>
              <th scope="col" className="py-2 pr-4">
                Grade / {formatNumber(results.maxGrade)}
              </th>
            </tr>
          </thead>
          <tbody>
            {results.rows.map((r) => (
              <tr key={r.attemptId} className="block border-b border-slate-300 py-2 sm:table-row sm:border-0">
                <td className={cell}>
                  {r.learner} <span className="text-slate-700">({r.username})</span>
                </td>
                <td className={cell}>
                  <span className={label}>Attempt </span>
                  {r.attemptNumber}
                </td>
                <td className={cell}>
                  <AttemptState state={r.state} finishedAt={r.finishedAt} deadlineAt={null} />
                </td>
                <td className={cell}>
                  <span className={label}>Started: </span>
                  {formatDateTime(r.startedAt)}
                </td>
                <td className={cell}>
                  <span className={label}>Grade: </span>
                  {r.grade === null ? '–' : formatNumber(r.grade)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
