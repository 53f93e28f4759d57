import type { Metadata } from 'next';
import { ScrollRegion } from '@/components/ui/table';
import Link from 'next/link';
import { requireSiteAdminPage } from '@/lib/auth/guards';
import { searchUsers, type UserStatusFilter } from '@/lib/accounts/users-queries';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { ButtonLink } from '@/components/ui/button';
import { Pagination } from '@/components/ui/pagination';
import { UserStatusTag } from '@/components/admin-accounts/user-status-tag';

export const metadata: Metadata = { title: 'Users' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const STATUSES: { value: UserStatusFilter; label: string }[] = [
  { value: 'ALL', label: 'All (not deleted)' },
  { value: 'ACTIVE', label: 'Active' },
  { value: 'SUSPENDED', label: 'Suspended' },
  { value: 'LOCKED', label: 'Locked out' },
];

export default async function AdminUsersPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireSiteAdminPage();
  const params = await searchParams;
  const q = typeof params.q === 'string' ? params.q : '';
  const status = STATUSES.find((s) => s.value === params.status)?.value ?? 'ALL';
  const page = Math.max(1, Number(params.page) || 1);
  const result = await searchUsers(viewer, { q, status, page });
  const hrefFor = (p: number) => {
    const search = new URLSearchParams();
    if (q) search.set('q', q);
    if (status !== 'ALL') search.set('status', status);
    if (p > 1) search.set('page', String(p));
    const s = search.toString();
    return s ? `/admin/users?${s}` : '/admin/users';
  };
  return (
    <>
      <Breadcrumbs items={[{ label: 'Admin', href: '/admin' }, { label: 'Users' }]} />
      <h1 className="mb-4 text-3xl font-bold">Users</h1>
      <div className="mb-6 flex flex-wrap gap-4">
        <ButtonLink href="/admin/users/new">Create an account</ButtonLink>
        <ButtonLink href="/admin/users/import" variant="secondary">
          Import staff from an HR file
        </ButtonLink>
        <ButtonLink href="/admin/account-requests" variant="secondary">
          Account requests
        </ButtonLink>
      </div>
      <form method="get" action="/admin/users" className="mb-6 flex flex-wrap items-end gap-4 bg-slate-100 p-4">
        <div>
          <label htmlFor="users-q" className="block font-semibold">
            Name, username or email
          </label>
          <input
            id="users-q"
            name="q"
            type="search"
            defaultValue={q}
            className="mt-1 block min-h-11 w-72 max-w-full border-2 border-slate-800 px-3 focus:outline-3 focus:outline-[var(--focus)]"
          />
        </div>
        <div>
          <label htmlFor="users-status" className="block font-semibold">
            Status
          </label>
          <select
            id="users-status"
            name="status"
            defaultValue={status}
            className="mt-1 block min-h-11 border-2 border-slate-800 bg-white px-3 focus:outline-3 focus:outline-[var(--focus)]"
          >
            {STATUSES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="min-h-11 bg-slate-800 px-4 font-semibold text-white focus-visible:outline-3 focus-visible:outline-[var(--focus)]"
        >
          Search
        </button>
      </form>
      {result.rows.length === 0 ? (
        <p className="text-lg">
          No accounts match your search. Check the spelling, or search by the start of a name, username or email
          address.
        </p>
      ) : (
        <ScrollRegion label="Accounts">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Accounts</caption>
            <thead className="hidden md:table-header-group">
              <tr className="border-b-2 border-slate-800">
                <th scope="col" className="py-2 pr-4">
                  Name
                </th>
                <th scope="col" className="py-2 pr-4">
                  Username
                </th>
                <th scope="col" className="py-2 pr-4">
                  Email
                </th>
                <th scope="col" className="py-2 pr-4">
                  Organisation
                </th>
                <th scope="col" className="py-2">
                  Status
                </th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((user) => (
                <tr key={user.id} className="block border-b border-slate-300 py-2 md:table-row">
                  <td className="block py-1 pr-4 md:table-cell md:py-3">
                    <Link href={`/admin/users/${user.id}`} className="font-semibold text-[var(--link)] underline">
                      {user.lastName}, {user.firstName}
                    </Link>
                  </td>
                  <td className="block py-1 pr-4 md:table-cell md:py-3">
                    <span className="font-semibold md:hidden">Username: </span>
                    {user.username}
                  </td>
                  <td className="block py-1 pr-4 break-all md:table-cell md:py-3">
                    <span className="font-semibold md:hidden">Email: </span>
                    {user.email ?? 'None'}
                  </td>
                  <td className="block py-1 pr-4 md:table-cell md:py-3">
                    <span className="font-semibold md:hidden">Organisation: </span>
                    {user.organisation.name}
                  </td>
                  <td className="block py-1 md:table-cell md:py-3">
                    <UserStatusTag status={user.status} lockedUntil={user.lockedUntil} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <Pagination
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        hrefFor={hrefFor}
        noun="accounts"
      />
    </>
  );
}
