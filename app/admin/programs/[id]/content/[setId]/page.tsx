import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CourseSetForm } from '@/components/admin/program-forms';
import { ProgramAdminHeader } from '@/components/admin/program-tabs';
import { pageOrNotFound, requireAdminPage } from '@/lib/auth/guards';
import { getProgramContent } from '@/lib/programs/admin-queries';
import { parseIdParam } from '@/lib/validation';
import { saveCourseSetAction } from '../../../actions';

export const metadata: Metadata = { title: 'Edit course set' };

export default async function EditCourseSetPage({ params }: { params: Promise<{ id: string; setId: string }> }) {
  const viewer = await requireAdminPage();
  const raw = await params;
  const id = parseIdParam(raw.id);
  const setId = parseIdParam(raw.setId);
  const { program, sets } = await pageOrNotFound(() => getProgramContent(viewer, id));
  const set = sets.find((s) => s.id === setId);
  if (!set) notFound();
  return (
    <div>
      <ProgramAdminHeader program={program} section="Edit course set" />
      <h2 className="mt-6 text-2xl font-bold">Edit {set.label}</h2>
      <CourseSetForm
        action={saveCourseSetAction}
        programId={program.id}
        setId={set.id}
        kind={program.kind}
        initial={{
          label: set.label,
          path: set.path,
          completionType: set.completionType,
          minCourses: set.completionType === 'SOME' ? String(set.minCourses) : '',
          nextOperator: set.nextOperator,
          courses: set.courses.map((c) => c.shortName).join('\n'),
        }}
        submitText="Save the set"
      />
    </div>
  );
}
