import type { Metadata } from 'next';
import Link from 'next/link';
import { requireSiteAdminPage } from '@/lib/auth/guards';
import { listAccountRequests, type AccountRequestStatusFilter } from '@/lib/accounts/requests-queries';
import { formatDateTime } from '@/lib/format';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { Pagination } from '@/components/ui/pagination';

export const metadata: Metadata = { title: 'Account requests' };

const TABS: { value: AccountRequestStatusFilter; label: string }[] = [
  { value: 'PENDING', label: 'Waiting for approval' },
  { value: 'AWAITING_CONFIRMATION', label: 'Email not confirmed' },
  { value: 'APPROVED', label: 'Approved' },
  { value: 'REJECTED', label: 'Rejected' },
];

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AccountRequestsPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireSiteAdminPage();
  const params = await searchParams;
  const status = TABS.find((t) => t.value === params.status)?.value ?? 'PENDING';
  const page = Math.max(1, Number(params.page) || 1);
  const result = await listAccountRequests(viewer, status, page);
  const username = typeof params.username === 'string' ? params.username : '';
  return (
    <>
      <Breadcrumbs items={[{ label: 'Admin', href: '/admin' }, { label: 'Account requests' }]} />
      {params.done === 'approved' ? (
        <NotificationBanner tone="success">
          The account {username} has been created and the login details emailed to the person.
        </NotificationBanner>
      ) : null}
      {params.done === 'rejected' ? (
        <NotificationBanner tone="success">
          The request has been rejected and the person emailed the reason.
        </NotificationBanner>
      ) : null}
      <h1 className="mb-4 text-3xl font-bold">Account requests</h1>
      <p className="mb-6">
        Requests appear under &ldquo;Waiting for approval&rdquo; once the person has confirmed their email address.
      </p>
      <nav aria-label="Request status" className="mb-6 border-b-2 border-slate-300">
        <ul className="flex flex-wrap gap-1">
          {TABS.map((tab) => (
            <li key={tab.value}>
              <Link
                href={
                  tab.value === 'PENDING' ? '/admin/account-requests' : `/admin/account-requests?status=${tab.value}`
                }
                aria-current={tab.value === status ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center px-4 underline-offset-2 focus-visible:outline-3 focus-visible:outline-[var(--focus)] ${tab.value === status ? 'border-b-4 border-[var(--brand-accent)] font-bold' : 'text-[var(--link)] underline'}`}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {result.rows.length === 0 ? (
        <p className="text-lg">
          {status === 'PENDING' ? 'No requests are waiting for approval.' : 'There are no requests here.'}
        </p>
      ) : (
        <ul className="divide-y divide-slate-300 border-y border-slate-300">
          {result.rows.map((r) => (
            <li key={r.id} className="py-4">
              <Link
                href={`/admin/account-requests/${r.id}`}
                className="text-lg font-semibold text-[var(--link)] underline"
              >
                {r.firstName} {r.lastName}
              </Link>
              <p className="break-all">{r.email}</p>
              <p>
                {r.jobTitle}, {r.organisation?.name ?? r.organisationOther ?? 'organisation not given'}
              </p>
              <p className="text-slate-600">Requested {formatDateTime(r.createdAt)}</p>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        hrefFor={(p) => `/admin/account-requests?status=${status}&page=${p}`}
        noun="requests"
      />
    </>
  );
}
