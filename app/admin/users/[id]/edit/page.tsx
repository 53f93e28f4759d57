import type { Metadata } from 'next';
import { cache } from 'react';
import type { Viewer } from '@/lib/auth/viewer';
import { requireSiteAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { getUserForAdmin } from '@/lib/accounts/users-queries';
import { listOrganisationOptions } from '@/lib/accounts/requests-queries';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { EditUserForm } from '@/components/admin-accounts/edit-user-form';
import { updateUserAction } from '../../actions';
import { parseIdParam } from '@/lib/validation';

// One read for the title and the page (React cache, per request).
const load = cache((viewer: Viewer, id: number) => pageOrNotFound(() => getUserForAdmin(viewer, id)));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const viewer = await requireSiteAdminPage();
  const x = await load(viewer, parseIdParam((await params).id));
  return { title: `Change details: ${x.firstName} ${x.lastName}` };
}

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireSiteAdminPage();
  const id = parseIdParam((await params).id);
  const user = await load(viewer, id);
  const organisations = (await listOrganisationOptions()).map((o) => ({ value: String(o.id), label: o.name }));
  const name = `${user.firstName} ${user.lastName}`;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Users', href: '/admin/users' },
          { label: name, href: `/admin/users/${id}` },
          { label: 'Change details' },
        ]}
      />
      <h1 className="mb-6 text-3xl font-bold">Change details for {name}</h1>
      <EditUserForm
        action={updateUserAction}
        userId={id}
        organisations={organisations}
        initial={{
          firstName: user.firstName,
          lastName: user.lastName,
          email: user.email ?? '',
          organisationId: String(user.organisationId),
          personnelNumber: user.personnelNumber ?? '',
          jobTitle: user.job?.title ?? '',
          managerUsername: user.job?.manager?.username ?? '',
        }}
      />
    </>
  );
}
