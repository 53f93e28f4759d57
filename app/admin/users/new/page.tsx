import type { Metadata } from 'next';
import { requireSiteAdminPage } from '@/lib/auth/guards';
import { listOrganisationOptions } from '@/lib/accounts/requests-queries';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { CreateUserForm } from '@/components/admin-accounts/create-user-form';
import { createUserAction } from '../actions';

export const metadata: Metadata = { title: 'Create an account' };

export default async function NewUserPage() {
  await requireSiteAdminPage();
  const organisations = (await listOrganisationOptions()).map((o) => ({ value: String(o.id), label: o.name }));
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Users', href: '/admin/users' },
          { label: 'Create an account' },
        ]}
      />
      <h1 className="mb-4 text-3xl font-bold">Create an account</h1>
      <p className="mb-6">
        Manual-login accounts get a temporary password, emailed to the person (or to their manager when they have no
        email address). They must change it when they first log in.
      </p>
      <CreateUserForm action={createUserAction} organisations={organisations} />
    </>
  );
}
