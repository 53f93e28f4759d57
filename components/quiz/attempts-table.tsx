import Link from 'next/link';
import { AttemptState } from '@/components/quiz/attempt-state';
import type { AttemptRow } from '@/lib/quiz/queries';
import { formatNumber } from '@/lib/quiz/rules';

/** "Summary of your previous attempts": stacked cards on phones, a table from the small breakpoint up. */
export function AttemptsTable({
  attempts,
  totalMarks,
  maxGrade,
}: {
  attempts: AttemptRow[];
  totalMarks: number;
  maxGrade: number;
}) {
  const cell = 'block px-0 py-1 sm:table-cell sm:border-b sm:border-slate-300 sm:px-3 sm:py-2';
  const label = 'font-semibold sm:hidden';
  return (
    <table className="w-full text-left">
      <caption className="mb-2 text-left text-xl font-bold">Summary of your previous attempts</caption>
      <thead className="sr-only sm:not-sr-only sm:table-header-group">
        <tr>
          <th scope="col" className="px-3 py-2">
            Attempt
          </th>
          <th scope="col" className="px-3 py-2">
            State
          </th>
          <th scope="col" className="px-3 py-2">
            Marks / {formatNumber(totalMarks)}
          </th>
          <th scope="col" className="px-3 py-2">
            Grade / {formatNumber(maxGrade)}
          </th>
          <th scope="col" className="px-3 py-2">
            Review
          </th>
          <th scope="col" className="px-3 py-2">
            Feedback
          </th>
        </tr>
      </thead>
      <tbody>
        {attempts.map((a) => {
          const closed = a.state === 'FINISHED' || a.state === 'ABANDONED';
          return (
            <tr key={a.id} className="mb-4 block border-b border-slate-300 pb-3 sm:table-row sm:border-0">
              <td className={cell}>
                <span className={label}>Attempt </span>
                {a.number}
              </td>
              <td className={cell}>
                <span className={label}>State: </span>
                <AttemptState state={a.state} finishedAt={a.finishedAt} deadlineAt={a.deadlineAt} />
              </td>
              <td className={cell}>
                <span className={label}>Marks: </span>
                {a.sumMarks === null ? '–' : formatNumber(a.sumMarks)}
              </td>
              <td className={cell}>
                <span className={label}>Grade: </span>
                {a.grade === null ? '–' : formatNumber(a.grade)}
              </td>
              <td className={cell}>
                {closed ? (
                  <Link href={`/quiz/attempts/${a.id}/review`} className="text-[var(--link)] underline">
                    Review<span className="sr-only"> attempt {a.number}</span>
                  </Link>
                ) : (
                  <Link href={`/quiz/attempts/${a.id}`} className="text-[var(--link)] underline">
                    Continue<span className="sr-only"> attempt {a.number}</span>
                  </Link>
                )}
              </td>
              <td className={cell}>
                {a.feedback ? (
                  <>
                    <span className={label}>Feedback: </span>
                    {a.feedback}
                  </>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
