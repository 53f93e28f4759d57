import type { Metadata } from 'next';
import { CourseSetForm } from '@/components/admin/program-forms';
import { ProgramAdminHeader } from '@/components/admin/program-tabs';
import { pageOrNotFound, requireAdminPage } from '@/lib/auth/guards';
import { requireProgramManager } from '@/lib/programs/admin-queries';
import { parseIdParam } from '@/lib/validation';
import { saveCourseSetAction } from '../../../actions';

export const metadata: Metadata = { title: 'Add a course set' };

export default async function NewCourseSetPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ path?: string }>;
}) {
  const viewer = await requireAdminPage();
  const id = parseIdParam((await params).id);
  const program = await pageOrNotFound(() => requireProgramManager(viewer, id));
  const path = (await searchParams).path === 'RECERT' ? 'RECERT' : 'CERT';
  return (
    <div>
      <ProgramAdminHeader program={program} section="Add a course set" />
      <h2 className="mt-6 text-2xl font-bold">Add a course set</h2>
      <CourseSetForm
        action={saveCourseSetAction}
        programId={program.id}
        kind={program.kind}
        initial={{ path }}
        submitText="Add the set"
      />
    </div>
  );
}
