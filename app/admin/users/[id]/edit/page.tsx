import type { Metadata } from 'next';
import { requireSiteAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { getUserForAdmin } from '@/lib/accounts/users-queries';
import { listOrganisationOptions } from '@/lib/accounts/requests-queries';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { EditUserForm } from '@/components/admin-accounts/edit-user-form';
import { updateUserAction } from '../../actions';
import { parseIdParam } from '@/lib/validation';

export const metadata: Metadata = { title: 'Change details – Admin – iLearn+' };

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireSiteAdminPage();
  const id = parseIdParam((await params).id);
  const user = await pageOrNotFound(() => getUserForAdmin(viewer, id));
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
