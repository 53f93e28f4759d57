import type { Metadata } from 'next';
import Link from 'next/link';
import { ProgressBar } from '@/components/learning/progress-bar';
import { CourseStatusTag } from '@/components/learning/status-tags';
import { FullReportLink } from '@/components/team/full-report-link';
import { Pagination } from '@/components/ui/pagination';
import { ResponsiveTable, Td, Th } from '@/components/ui/table';
import { formatDate } from '@/lib/format';
import { requireManagerPage } from '@/lib/team/page-guards';
import { listTeamCourses } from '@/lib/team/queries';
import { teamPageSchema } from '@/lib/team/schemas';

export const metadata: Metadata = { title: 'My Team Courses' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TeamCoursesPage({ searchParams }: Props) {
  const viewer = await requireManagerPage('/team/courses');
  const { page } = teamPageSchema.parse(await searchParams);
  const result = await listTeamCourses(viewer, { page });
  return (
    <>
      <h2 className="text-2xl font-bold">My Team Courses</h2>
      {result.total === 0 ? (
        <p className="mt-4">None of your direct reports is enrolled on a course.</p>
      ) : (
        <ResponsiveTable
          caption="Courses your direct reports are enrolled on, with their completion status"
          head={
            <>
              <Th>User</Th>
              <Th>Course</Th>
              <Th>Enrolled</Th>
              <Th>Status</Th>
              <Th>Progress</Th>
              <Th>Completed</Th>
            </>
          }
        >
          {result.rows.map((r) => (
            <tr key={`${r.userId}-${r.courseId}`}>
              <Td label="User">
                <Link href={`/team/members/${r.userId}/records`} className="text-[var(--link)] underline">
                  {r.name}
                </Link>
              </Td>
              <Td label="Course">{r.course}</Td>
              <Td label="Enrolled">{formatDate(r.timeEnrolled)}</Td>
              <Td label="Status">{r.tracked ? <CourseStatusTag status={r.status} /> : 'Completion not tracked'}</Td>
              <Td label="Progress">{r.tracked ? <ProgressBar percent={r.progressPercent} label="complete" /> : '–'}</Td>
              <Td label="Completed">{formatDate(r.timeCompleted) || '–'}</Td>
            </tr>
          ))}
        </ResponsiveTable>
      )}
      <Pagination
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        noun="enrolments"
        hrefFor={(p) => (p > 1 ? `/team/courses?page=${p}` : '/team/courses')}
      />
      <FullReportLink tab="courses" label="your team's courses" />
    </>
  );
}
