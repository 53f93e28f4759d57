import type { Metadata } from 'next';
import { ProgramDetailsForm } from '@/components/admin/program-forms';
import { ProgramAdminHeader } from '@/components/admin/program-tabs';
import { pageOrNotFound, requireAdminPage } from '@/lib/auth/guards';
import { isoDay } from '@/lib/format';
import { getProgramForEdit, listProgramFormOptions } from '@/lib/programs/admin-queries';
import { parseIdParam } from '@/lib/validation';
import { saveProgramAction } from '../actions';

export const metadata: Metadata = { title: 'Program details' };

export default async function ProgramDetailsPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireAdminPage();
  const id = parseIdParam((await params).id);
  const program = await pageOrNotFound(() => getProgramForEdit(viewer, id));
  const options = await listProgramFormOptions(viewer);
  const c = program.certification;
  return (
    <div>
      <ProgramAdminHeader program={program} section="Details" />
      <ProgramDetailsForm
        action={saveProgramAction}
        kind={program.kind}
        programId={program.id}
        options={options}
        submitText="Save"
        initial={{
          fullName: program.fullName,
          shortName: program.shortName,
          summary: program.summary,
          categoryId: program.categoryId ? String(program.categoryId) : '',
          ownerTeamId: program.ownerTeamId ? String(program.ownerTeamId) : '',
          visible: program.visible ? 'yes' : 'no',
          availableFrom: isoDay(program.availableFrom),
          availableUntil: isoDay(program.availableUntil),
          ...(c
            ? {
                activeValue: String(c.activeValue),
                activeUnit: c.activeUnit,
                windowValue: String(c.windowValue),
                windowUnit: c.windowUnit,
                recertifyFrom: c.recertifyFrom,
                minimumActiveValue: c.minimumActiveValue ? String(c.minimumActiveValue) : '',
                minimumActiveUnit: c.minimumActiveUnit ?? '',
              }
            : {}),
        }}
      />
    </div>
  );
}
