import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { ButtonLink } from '@/components/ui/button';
import { ResponsiveTable, Td, Th } from '@/components/ui/table';
import { requireAdminPage } from '@/lib/auth/guards';
import { listAudiences } from '@/lib/audiences/queries';
import { formatDate } from '@/lib/format';

export const metadata: Metadata = { title: 'Audiences' };

export default async function AudiencesPage() {
  const viewer = await requireAdminPage();
  const audiences = await listAudiences(viewer);
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Admin', href: '/admin' }, { label: 'Audiences' }]} />
      <h1 className="text-3xl font-bold">Audiences</h1>
      <p className="mt-2">
        Groups of people used to decide who can see courses and who is assigned learning.
        {viewer.isSiteAdmin ? '' : ' Site admins create and change them.'}
      </p>
      {viewer.isSiteAdmin ? (
        <ButtonLink href="/admin/audiences/new" className="mt-4">
          Add an audience
        </ButtonLink>
      ) : null}
      {audiences.length === 0 ? (
        <p className="mt-6">There are no audiences yet.</p>
      ) : (
        <ResponsiveTable
          caption="Audiences"
          head={
            <>
              <Th>Name</Th>
              <Th>Membership</Th>
              <Th>Members</Th>
              <Th>Courses using it</Th>
            </>
          }
        >
          {audiences.map((a) => (
            <tr key={a.id}>
              <Td label="Name">
                {viewer.isSiteAdmin ? (
                  <Link href={`/admin/audiences/${a.id}`} className="font-semibold text-[var(--link)] underline">
                    {a.name}
                  </Link>
                ) : (
                  <span className="font-semibold">{a.name}</span>
                )}
              </Td>
              <Td label="Membership">
                {a.kind === 'DYNAMIC'
                  ? `Rules${a.syncedAt ? `, updated ${formatDate(a.syncedAt)}` : ''}`
                  : 'List of people'}
              </Td>
              <Td label="Members">{a._count.members}</Td>
              <Td label="Courses using it">{a._count.courseVisibilities}</Td>
            </tr>
          ))}
        </ResponsiveTable>
      )}
    </div>
  );
}
