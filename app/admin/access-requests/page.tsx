import type { Metadata } from 'next';
import Link from 'next/link';
import { AccessStatusTag } from '@/components/access-requests/status-tag';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Pagination } from '@/components/ui/pagination';
import { listAccessRequests, type AccessQueueFilter } from '@/lib/access-requests/queries';
import { STATUS_LABELS } from '@/lib/access-requests/rules';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { formatDate } from '@/lib/format';

export const metadata: Metadata = { title: 'Systems access requests' };

const FILTERS: { value: AccessQueueFilter['status']; label: string }[] = [
  { value: 'open', label: 'To do (submitted or in progress)' },
  { value: 'SUBMITTED', label: STATUS_LABELS.SUBMITTED },
  { value: 'IN_PROGRESS', label: STATUS_LABELS.IN_PROGRESS },
  { value: 'GRANTED', label: STATUS_LABELS.GRANTED },
  { value: 'DECLINED', label: STATUS_LABELS.DECLINED },
  { value: 'all', label: 'All' },
];

export default async function AccessRequestsQueuePage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string; page?: string }>;
}) {
  const viewer = await requireAdminPage();
  const sp = await searchParams;
  const status = FILTERS.find((f) => f.value === sp.status)?.value ?? 'open';
  const pageNumber = Math.min(10_000, Math.max(1, Number.parseInt(sp.page ?? '1', 10) || 1));
  const list = await pageOrNotFound(() => listAccessRequests(viewer, { status, page: pageNumber }));
  const href = (s: string, p = 1) => `/admin/access-requests?status=${s}${p > 1 ? `&page=${p}` : ''}`;
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Admin', href: '/admin' }, { label: 'Access requests' }]} />
      <h1 className="text-3xl font-bold">Systems access requests</h1>
      <p className="mt-2">Requests from learners on the courses your team owns, oldest first.</p>
      <nav aria-label="Filter by status" className="mt-4">
        <ul className="flex list-none flex-wrap gap-x-4 gap-y-2">
          {FILTERS.map((f) => (
            <li key={f.value}>
              <Link
                href={href(f.value)}
                aria-current={f.value === status ? 'page' : undefined}
                className={`text-[var(--link)] underline ${f.value === status ? 'font-bold' : ''}`}
              >
                {f.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.rows.length === 0 ? (
        <p className="mt-6">There are no requests here. New requests appear as learners send them.</p>
      ) : (
        <table className="mt-6 w-full text-left">
          <thead>
            <tr className="border-b-2 border-slate-800">
              <th scope="col" className="px-2 py-3">
                Learner
              </th>
              <th scope="col" className="px-2 py-3">
                System
              </th>
              <th scope="col" className="px-2 py-3">
                Course
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
              <tr key={r.id} className="border-b border-slate-300">
                <td className="px-2 py-3">
                  <Link href={`/admin/access-requests/${r.id}`} className="text-[var(--link)] underline">
                    {r.learner}
                  </Link>{' '}
                  <span className="text-slate-600">({r.username})</span>
                </td>
                <td className="px-2 py-3">{r.systemName}</td>
                <td className="px-2 py-3">{r.course.fullName}</td>
                <td className="px-2 py-3">{formatDate(r.submittedAt)}</td>
                <td className="px-2 py-3">
                  <AccessStatusTag status={r.status} />
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
        noun="requests"
      />
    </div>
  );
}
