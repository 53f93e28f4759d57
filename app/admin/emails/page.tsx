import type { Metadata } from 'next';
import { ScrollRegion } from '@/components/ui/table';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Pagination } from '@/components/ui/pagination';
import { Tag } from '@/components/ui/tag';
import { requireSiteAdminPage } from '@/lib/auth/guards';
import { isProviderConfigured } from '@/lib/notifications/provider';
import { formatDateTime } from '@/lib/format';
import { STATUS_LABELS, STATUS_TONES } from '@/lib/notifications/format';
import { listOutbox } from '@/lib/notifications/queries';
import { EMAIL_STATUSES, outboxFilterSchema, type OutboxFilter } from '@/lib/notifications/schemas';

export const metadata: Metadata = { title: 'Emails' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function hrefFor(filter: OutboxFilter, page: number): string {
  const params = new URLSearchParams();
  if (filter.status) params.set('status', filter.status);
  if (filter.q) params.set('q', filter.q);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/admin/emails?${query}` : '/admin/emails';
}

export default async function AdminEmailsPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireSiteAdminPage();
  const params = await searchParams;
  const filter = outboxFilterSchema.parse({
    status: typeof params.status === 'string' ? params.status : undefined,
    q: typeof params.q === 'string' ? params.q : undefined,
    page: typeof params.page === 'string' ? params.page : undefined,
  });
  const outbox = await listOutbox(viewer, filter);
  const providerOn = isProviderConfigured();

  return (
    <>
      <Breadcrumbs items={[{ label: 'Admin', href: '/admin' }, { label: 'Emails' }]} />
      <h1 className="mb-4 text-3xl font-bold">Emails</h1>
      <p className="mb-6 max-w-2xl text-lg">
        {providerOn
          ? 'Every email iLearn+ sends is listed here. Emails are delivered through Resend; failed ones are retried automatically and can be retried by hand.'
          : 'No email provider is set up, so emails are not delivered: they are kept here in the outbox for you to read.'}
      </p>

      <form method="get" action="/admin/emails" className="mb-6 flex flex-wrap items-end gap-4 bg-slate-100 p-4">
        <div>
          <label htmlFor="filter-q" className="block font-semibold">
            Recipient
          </label>
          <p id="filter-q-hint" className="text-sm text-slate-600">
            Start of the email address
          </p>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={filter.q ?? ''}
            aria-describedby="filter-q-hint"
            autoComplete="off"
            className="mt-1 block min-h-11 w-64 max-w-full border-2 border-slate-800 bg-white px-3 py-2 focus:outline-3 focus:outline-[var(--focus)]"
          />
        </div>
        <div>
          <label htmlFor="filter-status" className="block font-semibold">
            Status
          </label>
          <select
            id="filter-status"
            name="status"
            defaultValue={filter.status ?? ''}
            className="mt-1 block min-h-11 border-2 border-slate-800 bg-white px-3 py-2 focus:outline-3 focus:outline-[var(--focus)]"
          >
            <option value="">All ({Object.values(outbox.countsByStatus).reduce((a, b) => a + b, 0)})</option>
            {EMAIL_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]} ({outbox.countsByStatus[status]})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass('secondary')}>
          Apply filters
        </button>
        {filter.q || filter.status ? (
          <Link href="/admin/emails" className="inline-flex min-h-11 items-center text-[var(--link)] underline">
            Clear filters
          </Link>
        ) : null}
      </form>

      {outbox.rows.length === 0 ? (
        <p className="text-lg">
          {filter.q || filter.status ? 'No emails match these filters.' : 'No emails have been sent yet.'}
        </p>
      ) : (
        <ScrollRegion label="Emails, newest first">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Emails, newest first</caption>
            <thead className="hidden md:table-header-group">
              <tr className="border-b-2 border-slate-800">
                <th scope="col" className="py-2 pr-4">
                  Subject
                </th>
                <th scope="col" className="py-2 pr-4">
                  Recipient
                </th>
                <th scope="col" className="py-2 pr-4">
                  Status
                </th>
                <th scope="col" className="py-2 pr-4">
                  Created
                </th>
                <th scope="col" className="py-2 pr-4">
                  Sent
                </th>
                <th scope="col" className="py-2">
                  Attempts
                </th>
              </tr>
            </thead>
            <tbody>
              {outbox.rows.map((row) => (
                <tr key={row.id} className="block border-b border-slate-300 py-3 md:table-row md:py-0">
                  <td className="block py-1 md:table-cell md:py-3 md:pr-4">
                    <Link href={`/admin/emails/${row.id}`} className="font-semibold text-[var(--link)] underline">
                      {row.subject}
                    </Link>
                    <span className="block text-sm text-slate-600">Template: {row.template}</span>
                  </td>
                  <td className="block py-1 break-all md:table-cell md:py-3 md:pr-4">
                    <span className="font-semibold md:hidden">Recipient: </span>
                    {row.toAddress}
                  </td>
                  <td className="block py-1 md:table-cell md:py-3 md:pr-4">
                    <span className="font-semibold md:hidden">Status: </span>
                    <Tag tone={STATUS_TONES[row.status]}>{STATUS_LABELS[row.status]}</Tag>
                    {row.status === 'FAILED' && row.lastError ? (
                      <span className="mt-1 block text-sm text-red-800">{row.lastError.slice(0, 120)}</span>
                    ) : null}
                  </td>
                  <td className="block py-1 md:table-cell md:py-3 md:pr-4">
                    <span className="font-semibold md:hidden">Created: </span>
                    {formatDateTime(row.createdAt)}
                  </td>
                  <td className="block py-1 md:table-cell md:py-3 md:pr-4">
                    <span className="font-semibold md:hidden">Sent: </span>
                    {row.sentAt ? formatDateTime(row.sentAt) : 'Not sent'}
                  </td>
                  <td className="block py-1 md:table-cell md:py-3">
                    <span className="font-semibold md:hidden">Attempts: </span>
                    {row.attempts}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <Pagination
        page={outbox.page}
        pageSize={outbox.pageSize}
        total={outbox.total}
        noun="emails"
        hrefFor={(page) => hrefFor(filter, page)}
      />
    </>
  );
}
