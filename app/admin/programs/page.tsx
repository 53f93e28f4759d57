import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { ButtonLink } from '@/components/ui/button';
import { ResponsiveTable, Td, Th } from '@/components/ui/table';
import { Tag } from '@/components/ui/tag';
import { requireAdminPage } from '@/lib/auth/guards';
import { listAdminPrograms } from '@/lib/programs/admin-queries';

export const metadata: Metadata = { title: 'Programs and certifications' };

export default async function AdminProgramsPage() {
  const viewer = await requireAdminPage();
  const rows = await listAdminPrograms(viewer);
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Admin', href: '/admin' }, { label: 'Programs and certifications' }]} />
      <h1 className="text-3xl font-bold">Programs and certifications</h1>
      <p className="mt-2">
        {viewer.isSiteAdmin ? 'Every program and certification.' : 'The programs and certifications your team owns.'} A
        program is a set of courses done once, like an induction; a certification is renewed on a schedule.
      </p>
      <div className="mt-4 flex flex-wrap gap-4">
        <ButtonLink href="/admin/programs/new?kind=PROGRAM">Add a program</ButtonLink>
        <ButtonLink href="/admin/programs/new?kind=CERTIFICATION" variant="secondary">
          Add a certification
        </ButtonLink>
        <ButtonLink href="/admin/certifications" variant="secondary">
          Certification overview
        </ButtonLink>
      </div>
      {rows.length === 0 ? (
        <p className="mt-6">There are no programs or certifications yet. Add one to start.</p>
      ) : (
        <ResponsiveTable
          caption="Programs and certifications"
          head={
            <>
              <Th>Name</Th>
              <Th>Type</Th>
              <Th>Owner team</Th>
              <Th>Course sets</Th>
              <Th>Assignments</Th>
              <Th>People</Th>
            </>
          }
        >
          {rows.map((r) => (
            <tr key={r.id}>
              <Td label="Name">
                <Link href={`/admin/programs/${r.id}`} className="font-semibold text-[var(--link)] underline">
                  {r.fullName}
                </Link>{' '}
                <span className="text-slate-600">({r.shortName})</span>
                {r.visible ? null : (
                  <>
                    {' '}
                    <Tag>Hidden</Tag>
                  </>
                )}
              </Td>
              <Td label="Type">{r.kind === 'CERTIFICATION' ? 'Certification' : 'Program'}</Td>
              <Td label="Owner team">{r.ownerTeam ?? 'None'}</Td>
              <Td label="Course sets">{r.sets}</Td>
              <Td label="Assignments">{r.assignments}</Td>
              <Td label="People">{r.assigned}</Td>
            </tr>
          ))}
        </ResponsiveTable>
      )}
    </div>
  );
}
