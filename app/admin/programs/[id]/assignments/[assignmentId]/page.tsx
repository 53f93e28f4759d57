import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AssignmentDueForm } from '@/components/admin/program-forms';
import { ProgramAdminHeader } from '@/components/admin/program-tabs';
import { pageOrNotFound, requireAdminPage } from '@/lib/auth/guards';
import { isoDay } from '@/lib/format';
import { getProgramAssignments } from '@/lib/programs/admin-queries';
import { parseIdParam } from '@/lib/validation';
import { updateAssignmentDueAction } from '../../../actions';

export const metadata: Metadata = { title: 'Change due date' };

export default async function AssignmentDuePage({ params }: { params: Promise<{ id: string; assignmentId: string }> }) {
  const viewer = await requireAdminPage();
  const raw = await params;
  const id = parseIdParam(raw.id);
  const assignmentId = parseIdParam(raw.assignmentId);
  const { program, assignments } = await pageOrNotFound(() => getProgramAssignments(viewer, id));
  const a = assignments.find((x) => x.id === assignmentId);
  if (!a) notFound();
  return (
    <div>
      <ProgramAdminHeader program={program} section="Change due date" />
      <h2 className="mt-6 text-2xl font-bold">Due date for {a.who}</h2>
      <p className="mt-2">
        The new date applies to everyone this assignment covers who has not completed yet. People who have completed
        keep their dates.
      </p>
      <AssignmentDueForm
        action={updateAssignmentDueAction}
        programId={program.id}
        assignmentId={a.id}
        initial={{
          dueType: a.dueType,
          dueDate: isoDay(a.dueDate),
          dueWithinValue: a.dueWithinValue ? String(a.dueWithinValue) : '',
          dueWithinUnit: a.dueType === 'RELATIVE' ? a.dueWithinUnit : '',
        }}
      />
    </div>
  );
}
