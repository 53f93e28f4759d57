import type { Metadata } from 'next';
import Link from 'next/link';
import { CourseRecordsTable } from '@/components/learning/course-records-table';
import { Pagination } from '@/components/ui/pagination';
import { requirePageViewer } from '@/lib/auth/guards';
import { listOwnCurrentCertificates } from '@/lib/certificates/queries';
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
        <CourseRecordsTable
          rows={result.rows}
          caption="Your courses, with progress and completion dates"
          sort={sort}
          dir={dir}
          hrefFor={hrefFor}
          certificates={certificates}
        />
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
