import type { Metadata } from 'next';
import { CourseRecordsTable } from '@/components/learning/course-records-table';
import { Pagination } from '@/components/ui/pagination';
import { listCourseRecords, type CourseRecordSort } from '@/lib/records/queries';
import { recordListSchema } from '@/lib/records/schemas';
import { requireDirectReportPage } from '@/lib/team/page-guards';

export const metadata: Metadata = { title: 'Record of Learning – My Team' };

type Props = {
  params: Promise<{ userId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function TeamMemberCourseRecordsPage({ params, searchParams }: Props) {
  const { report } = await requireDirectReportPage((await params).userId);
  const query = recordListSchema.parse(await searchParams);
  const sort = (['name', 'progress', 'completed'] as const).includes(query.sort as CourseRecordSort)
    ? (query.sort as CourseRecordSort)
    : 'name';
  const dir = query.dir ?? 'asc';
  const result = await listCourseRecords(report.owner, { sort, dir, page: query.page });
  const hrefFor = (s: string, d: string, page = 1) =>
    `/team/members/${report.id}/records?sort=${s}&dir=${d}${page > 1 ? `&page=${page}` : ''}`;
  return (
    <>
      <h3 className="text-xl font-bold">Courses</h3>
      {result.total === 0 ? (
        <p className="mt-4">{report.name} has not enrolled on any courses yet.</p>
      ) : (
        <CourseRecordsTable
          rows={result.rows}
          caption={`${report.name}'s courses, with progress and completion dates`}
          sort={sort}
          dir={dir}
          hrefFor={hrefFor}
          readOnly
        />
      )}
      <Pagination
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        noun="courses"
        hrefFor={(p) => hrefFor(sort, dir, p)}
      />
    </>
  );
}
