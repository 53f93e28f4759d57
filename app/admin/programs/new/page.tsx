import type { Metadata } from 'next';
import { ProgramDetailsForm } from '@/components/admin/program-forms';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { requireAdminPage } from '@/lib/auth/guards';
import { listProgramFormOptions } from '@/lib/programs/admin-queries';
import { saveProgramAction } from '../actions';

export const metadata: Metadata = { title: 'Add a program or certification' };

export default async function NewProgramPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  const viewer = await requireAdminPage();
  const kind = (await searchParams).kind === 'CERTIFICATION' ? 'CERTIFICATION' : 'PROGRAM';
  const options = await listProgramFormOptions(viewer);
  const title = kind === 'CERTIFICATION' ? 'Add a certification' : 'Add a program';
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Programs and certifications', href: '/admin/programs' },
          { label: title },
        ]}
      />
      <h1 className="text-3xl font-bold">{title}</h1>
      {options.teams.length === 0 ? (
        <p className="mt-4">You need to be in an L&amp;D team to add one: ask a site administrator.</p>
      ) : (
        <ProgramDetailsForm
          action={saveProgramAction}
          kind={kind}
          options={options}
          submitText="Save and add courses"
          initial={{
            ownerTeamId: options.teams.length === 1 ? String(options.teams[0]!.id) : undefined,
            activeValue: '2',
            activeUnit: 'YEAR',
            windowValue: '1',
            windowUnit: 'MONTH',
          }}
        />
      )}
    </div>
  );
}
