import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { requireSiteAdminPage } from '@/lib/auth/guards';
import { listOrganisationsForAdmin } from '@/lib/organisations/queries';

export const metadata: Metadata = { title: 'Organisations' };

const KIND_LABELS: Record<string, string> = {
  COUNCIL: 'Council',
  SCHOOLS: 'Schools',
  PARTNER: 'Partner',
  OTHER: 'Other',
};

export default async function OrganisationsPage() {
  const viewer = await requireSiteAdminPage();
  const organisations = await listOrganisationsForAdmin(viewer);
  return (
    <>
      <Breadcrumbs items={[{ label: 'Admin', href: '/admin' }, { label: 'Organisations' }]} />
      <h1 className="mb-2 text-3xl font-bold">Organisations</h1>
      <p className="mb-6 text-lg">Each organisation&apos;s brand colours and help and contact details.</p>
      {organisations.length === 0 ? (
        <p>There are no organisations yet.</p>
      ) : (
        <ul className="list-none divide-y divide-slate-300 border-y border-slate-300">
          {organisations.map((org) => (
            <li key={org.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-4">
              <span
                aria-hidden="true"
                className="size-8 shrink-0 rounded border border-slate-900"
                style={{ backgroundColor: org.primaryColour }}
              />
              <div className="min-w-0 flex-1">
                <h2 className="text-xl font-bold">
                  <Link
                    href={`/admin/organisations/${org.id}`}
                    className="text-[var(--link)] underline underline-offset-2"
                  >
                    {org.name}
                  </Link>
                </h2>
                <p className="text-slate-700">
                  {KIND_LABELS[org.kind] ?? org.kind} · {org.userCount} {org.userCount === 1 ? 'person' : 'people'}
                  {org.contactEmail ? ` · ${org.contactEmail}` : ' · no support contact set'}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
