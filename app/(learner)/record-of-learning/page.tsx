import type { Metadata } from 'next';
import Link from 'next/link';
import { ProgressBar } from '@/components/learning/progress-bar';
import { Pagination } from '@/components/ui/pagination';
import { ResponsiveTable, SortHeader, Td, Th } from '@/components/ui/table';
import { requirePageViewer } from '@/lib/auth/guards';
import { listOwnCurrentCertificates } from '@/lib/certificates/queries';
import { formatDate } from '@/lib/format';
import { listCourseRecords, type CourseRecordSort } from '@/lib/records/queries';
import { recordListSchema } from '@/lib/records/schemas';

export const metadata: Metadata = { title: 'Courses – Record of Learning' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CourseRecordsPage({ searchParams }: Props) {
  const viewer = await requirePageViewer('/record-of-learning');
  const params = recordListSchema.parse(await searchParams);
  const sort = (['name', 'progress', 'completed'] as const).includes(params.sort as CourseRecordSort)
    ? (params.sort as CourseRecordSort)
    : 'name';
  const dir = params.dir ?? 'asc';
  const result = await listCourseRecords(viewer, { sort, dir, page: params.page });
  const certificates = await listOwnCurrentCertificates(
    viewer,
    result.rows.map((r) => r.courseId),
  );
  const hrefFor = (s: string, d: string, page = 1) =>
    `/record-of-learning?sort=${s}&dir=${d}${page > 1 ? `&page=${page}` : ''}`;
  return (
    <>
      <h2 className="text-2xl font-bold">Courses</h2>
      {result.total === 0 ? (
        <p className="mt-4">
          You have not enrolled on any courses yet.{' '}
          <Link href="/find-learning" className="text-[var(--link)] underline">
            Browse Find Learning
          </Link>{' '}
          to find one.
        </p>
      ) : (
        <ResponsiveTable
          caption="Your courses, with progress and completion dates"
          head={
            <>
              <SortHeader label="Course title" column="name" sort={sort} dir={dir} hrefFor={hrefFor} />
              <SortHeader label="Progress" column="progress" sort={sort} dir={dir} hrefFor={hrefFor} />
              <SortHeader label="Completion date" column="completed" sort={sort} dir={dir} hrefFor={hrefFor} />
              <Th>Previous completions</Th>
              <Th>Certificate</Th>
            </>
          }
        >
          {result.rows.map((r) => (
            <tr key={r.courseId}>
              <Td label="Course title">
                <Link href={`/courses/${r.courseId}`} className="font-semibold text-[var(--link)] underline">
                  {r.fullName}
                </Link>
              </Td>
              <Td label="Progress">
                {r.tracked ? (
                  <ProgressBar percent={r.progressPercent} label="complete" />
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
            </tr>
          ))}
        </ResponsiveTable>
      )}
      <Pagination
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        noun="courses"
        hrefFor={(p) => hrefFor(sort, dir, p)}
      />
      <p className="mt-6 text-slate-700">
        &quot;See course criteria&quot; means the course does not record completion: open it to see what it asks of you.
      </p>
    </>
  );
}
