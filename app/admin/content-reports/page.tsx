import type { Metadata } from 'next';
import Link from 'next/link';
import { ContentReportStatusTag } from '@/components/content-reports/status-tag';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Pagination } from '@/components/ui/pagination';
import { pageOrNotFound, requireAdminPage } from '@/lib/auth/guards';
import { listContentReports } from '@/lib/content-reports/queries';
import type { ContentReportFilter } from '@/lib/content-reports/schemas';
import { formatDate } from '@/lib/format';

export const metadata: Metadata = { title: 'Content problem reports' };

const FILTERS: { value: ContentReportFilter; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'resolved', label: 'Resolved' },
  { value: 'all', label: 'All' },
];

const excerpt = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

export default async function ContentReportsPage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string; page?: string }>;
}) {
  const viewer = await requireAdminPage();
  const sp = await searchParams;
  const status = FILTERS.find((f) => f.value === sp.status)?.value ?? 'open';
  const pageNumber = Math.min(10_000, Math.max(1, Number.parseInt(sp.page ?? '1', 10) || 1));
  const list = await pageOrNotFound(() => listContentReports(viewer, { status, page: pageNumber }));
  const href = (s: string, p = 1) => `/admin/content-reports?status=${s}${p > 1 ? `&page=${p}` : ''}`;
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Admin', href: '/admin' }, { label: 'Content problem reports' }]} />
      <h1 className="text-3xl font-bold">Content problem reports</h1>
      <p className="mt-2">
        Problems learners reported with the courses your team owns, newest first. Each one was also emailed to the
        team’s address.
      </p>
      <nav aria-label="Filter by status" className="mt-4">
        <ul className="flex list-none flex-wrap gap-x-4 gap-y-2">
          {FILTERS.map((f) => (
            <li key={f.value}>
              <Link
                href={href(f.value)}
                aria-current={f.value === status ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center text-[var(--link)] underline ${f.value === status ? 'font-bold' : ''}`}
              >
                {f.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.rows.length === 0 ? (
        <p className="mt-6">
          {status === 'open'
            ? 'There are no open reports. New reports appear here as learners send them.'
            : 'There are no reports here.'}
        </p>
      ) : (
        <table className="mt-6 w-full text-left">
          <thead>
            <tr className="border-b-2 border-slate-800">
              <th scope="col" className="px-2 py-3">
                Course
              </th>
              <th scope="col" className="px-2 py-3">
                Where and what
              </th>
              <th scope="col" className="px-2 py-3">
                Reported by
              </th>
              <th scope="col" className="px-2 py-3">
                Sent
              </th>
              <th scope="col" className="px-2 py-3">
                Status
              </th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((r) => (
              <tr key={r.id} className="border-b border-slate-300 align-top">
                <td className="px-2 py-3">
                  <Link href={`/admin/content-reports/${r.id}`} className="text-[var(--link)] underline">
                    {r.course.fullName}
                    <span className="sr-only">: report {r.id}</span>
                  </Link>
                </td>
                <td className="px-2 py-3">
                  <span className="font-semibold">{r.where ?? 'The course in general'}</span>
                  <br />
                  {excerpt(r.message)}
                </td>
                <td className="px-2 py-3">
                  {r.learner} <span className="text-slate-600">({r.username})</span>
                </td>
                <td className="px-2 py-3">{formatDate(r.createdAt)}</td>
                <td className="px-2 py-3">
                  <ContentReportStatusTag status={r.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
        hrefFor={(p) => href(status, p)}
        noun="reports"
      />
    </div>
  );
}
