import type { Metadata } from 'next';
import { requireSiteAdminPage } from '@/lib/auth/guards';
import { HR_COLUMNS } from '@/lib/accounts/hr-rules';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { HrImportForm } from '@/components/admin-accounts/hr-import-form';
import { importUsersAction } from './actions';

export const metadata: Metadata = { title: 'Import staff' };

export default async function ImportUsersPage() {
  await requireSiteAdminPage();
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Users', href: '/admin/users' },
          { label: 'Import staff' },
        ]}
      />
      <h1 className="mb-4 text-3xl font-bold">Import staff from an HR file</h1>
      <p className="mb-4">Upload the HR export as a CSV file with a header row and these columns, in any order:</p>
      <ul className="mb-4 list-disc pl-6 font-mono">
        {HR_COLUMNS.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <p className="mb-4">
        The personnel number becomes the username. Organisation can be its name, short name or code. A person already in
        iLearn+ is updated, never duplicated, so you can import the same file again safely. Rows with problems are
        listed afterwards and do not stop the others.
      </p>
      <p className="mb-4">
        New starters are emailed their login details: automatic login for organisations with single sign-on, otherwise a
        temporary password they change when they first log in. For someone without an email address the details go to
        their manager; if the manager is missing or has no email address, the report asks you to hand them over. A row
        whose manager is not found is saved without a manager and listed as a warning: correct the file and import it
        again to set the manager.
      </p>
      <p className="mb-6">
        The same import can run on the server with{' '}
        <code className="bg-slate-100 px-1">npm run import:users -- file.csv</code>.
      </p>
      <HrImportForm action={importUsersAction} />
    </>
  );
}
