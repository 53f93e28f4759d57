import type { Metadata } from 'next';
import Link from 'next/link';
import { ProgramAdminHeader } from '@/components/admin/program-tabs';
import { CertificationStateTag } from '@/components/learning/status-tags';
import { Pagination } from '@/components/ui/pagination';
import { ResponsiveTable, Td, Th } from '@/components/ui/table';
import { Tag } from '@/components/ui/tag';
import { pageOrNotFound, requireAdminPage } from '@/lib/auth/guards';
import { listCertificationLearners } from '@/lib/certifications/record-admin';
import { formatDate } from '@/lib/format';
import { requireProgramManager } from '@/lib/programs/admin-queries';
import { parseIdParam } from '@/lib/validation';

export const metadata: Metadata = { title: 'Certification learners' };

export default async function CertificationLearnersPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ q?: string; page?: string }>;
}) {
  const viewer = await requireAdminPage();
  const id = parseIdParam((await params).id);
  const { q = '', page: rawPage } = await searchParams;
  const query = q.slice(0, 100);
  const page = Math.min(10_000, Math.max(1, Number.parseInt(rawPage ?? '1', 10) || 1));
  const program = await pageOrNotFound(() => requireProgramManager(viewer, id));
  const list = await pageOrNotFound(() => listCertificationLearners(viewer, id, { q: query, page }));
  const hrefFor = (p: number) =>
    `/admin/programs/${id}/learners?${new URLSearchParams({ ...(query ? { q: query } : {}), page: String(p) })}`;
  return (
    <div>
      <ProgramAdminHeader program={program} section="Learners" />
      <p className="mt-6 max-w-3xl">
        Everyone assigned to this certification. Open a record to see its history and audit trail, or to correct its
        state and dates.
      </p>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3" role="search">
        <div>
          <label htmlFor="q" className="block font-semibold">
            Name or username
          </label>
          <input
            id="q"
            name="q"
            defaultValue={query}
            className="mt-1 min-h-11 w-72 max-w-full border-2 border-slate-900 px-2"
          />
        </div>
        <button type="submit" className="min-h-11 border-2 border-slate-900 px-4 font-semibold">
          Search
        </button>
      </form>
      <ResponsiveTable
        caption="Learners and their certification state"
        head={
          <>
            <Th>Name</Th>
            <Th>Username</Th>
            <Th>State</Th>
            <Th>Due</Th>
            <Th>Completed</Th>
            <Th>Expires</Th>
          </>
        }
      >
        {list.rows.map((r) => (
          <tr key={r.userId}>
            <Td label="Name">
              <Link href={`/admin/programs/${id}/learners/${r.userId}`} className="text-[var(--link)] underline">
                {r.name}
              </Link>
            </Td>
            <Td label="Username">{r.username}</Td>
            <Td label="State">
              <CertificationStateTag state={r.state.key} />
              {r.state.overdue ? (
                <>
                  {' '}
                  <Tag tone="red">Overdue</Tag>
                </>
              ) : null}
            </Td>
            <Td label="Due">{formatDate(r.state.dueAt) || '–'}</Td>
            <Td label="Completed">{formatDate(r.timeCompleted) || '–'}</Td>
            <Td label="Expires">{formatDate(r.timeExpires) || '–'}</Td>
          </tr>
        ))}
      </ResponsiveTable>
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} hrefFor={hrefFor} noun="learners" />
    </div>
  );
}
