import Link from 'next/link';
import { ProgressBar } from '@/components/learning/progress-bar';
import { SortHeader, Td, Th, ResponsiveTable } from '@/components/ui/table';
import { formatDate } from '@/lib/format';
import type { CourseRecord } from '@/lib/records/queries';

/**
 * Record of Learning › Courses. The learner's own table links each course and its certificate; a manager's
 * read-only view of a direct report's record passes `readOnly` (names as text: the links would open the course as
 * the manager, not the person).
 */
export function CourseRecordsTable({
  rows,
  caption,
  sort,
  dir,
  hrefFor,
  certificates,
  readOnly = false,
}: {
  rows: CourseRecord[];
  caption: string;
  sort: string;
  dir: 'asc' | 'desc';
  hrefFor: (sort: string, dir: 'asc' | 'desc') => string;
  /** Current certificate per course id (the learner's own record only). */
  certificates?: Map<number, { id: number }>;
  readOnly?: boolean;
}) {
  return (
    <ResponsiveTable
      caption={caption}
      head={
        <>
          <SortHeader label="Course title" column="name" sort={sort} dir={dir} hrefFor={hrefFor} />
          <SortHeader label="Progress" column="progress" sort={sort} dir={dir} hrefFor={hrefFor} />
          <SortHeader label="Completion date" column="completed" sort={sort} dir={dir} hrefFor={hrefFor} />
          <Th>Previous completions</Th>
          {certificates ? <Th>Certificate</Th> : null}
        </>
      }
    >
      {rows.map((r) => (
        <tr key={r.courseId}>
          <Td label="Course title">
            {readOnly ? (
              <span className="font-semibold">{r.fullName}</span>
            ) : (
              <Link href={`/courses/${r.courseId}`} className="font-semibold text-[var(--link)] underline">
                {r.fullName}
              </Link>
            )}
          </Td>
          <Td label="Progress">
            {r.tracked ? (
              <ProgressBar percent={r.progressPercent} label="complete" />
            ) : readOnly ? (
              'Completion not tracked'
            ) : (
              <Link href={`/courses/${r.courseId}`} className="text-[var(--link)] underline">
                See course criteria<span className="sr-only"> for {r.fullName}</span>
              </Link>
            )}
          </Td>
          <Td label="Completion date">
            {r.timeCompleted ? formatDate(r.timeCompleted) : <span className="text-slate-600">Not completed</span>}
          </Td>
          <Td label="Previous completions">
            {r.previousCompletions.length === 0 ? (
              '0'
            ) : (
              <details>
                <summary className="cursor-pointer text-[var(--link)] underline">
                  {r.previousCompletions.length}
                  <span className="sr-only"> previous completions of {r.fullName}</span>
                </summary>
                <ul className="mt-1 list-disc pl-5">
                  {r.previousCompletions.map((d) => (
                    <li key={d.toISOString()}>{formatDate(d)}</li>
                  ))}
                </ul>
              </details>
            )}
          </Td>
          {certificates ? (
            <Td label="Certificate">
              {certificates.has(r.courseId) ? (
                <a
                  href={`/certificates/${certificates.get(r.courseId)!.id}`}
                  target="_blank"
                  rel="noopener"
                  className="text-[var(--link)] underline"
                >
                  Get certificate
                  <span className="sr-only"> for {r.fullName} (PDF, opens in a new window)</span>
                </a>
              ) : (
                '–'
              )}
            </Td>
          ) : null}
        </tr>
      ))}
    </ResponsiveTable>
  );
}
