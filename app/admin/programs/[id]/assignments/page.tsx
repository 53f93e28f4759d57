import type { Metadata } from 'next';
import Link from 'next/link';
import { AssignmentForm } from '@/components/admin/program-forms';
import { ProgramAdminHeader } from '@/components/admin/program-tabs';
import { buttonClass } from '@/components/ui/button';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { ResponsiveTable, Td, Th } from '@/components/ui/table';
import { pageOrNotFound, requireAdminPage } from '@/lib/auth/guards';
import { describePeriod } from '@/lib/certifications/periods';
import { formatDate } from '@/lib/format';
import { getProgramAssignments, listProgramFormOptions, type AdminAssignment } from '@/lib/programs/admin-queries';
import { parseIdParam } from '@/lib/validation';
import { addAssignmentAction, removeAssignmentAction } from '../../actions';

export const metadata: Metadata = { title: 'Program assignments' };

const TYPE: Record<AdminAssignment['type'], string> = {
  AUDIENCE: 'Audience',
  ORGANISATION: 'Organisation',
  INDIVIDUAL: 'Individual',
};

function dueRule(a: Pick<AdminAssignment, 'dueType' | 'dueDate' | 'dueWithinValue' | 'dueWithinUnit'>) {
  if (a.dueType === 'FIXED' && a.dueDate) return `By ${formatDate(a.dueDate)}`;
  if (a.dueType === 'RELATIVE' && a.dueWithinValue)
    return `Within ${describePeriod({ value: a.dueWithinValue, unit: a.dueWithinUnit })} of being assigned`;
  return 'No due date';
}

export default async function ProgramAssignmentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const viewer = await requireAdminPage();
  const id = parseIdParam((await params).id);
  const { program, assignments, assignedPeople } = await pageOrNotFound(() => getProgramAssignments(viewer, id));
  const options = await listProgramFormOptions(viewer);
  const flags = await searchParams;
  return (
    <div>
      <ProgramAdminHeader program={program} section="Assignments" />
      {flags.saved ? <NotificationBanner tone="success">Due date saved.</NotificationBanner> : null}
      {flags.removed ? (
        <NotificationBanner tone="success">
          Assignment removed. People it alone covered are no longer assigned; completed records are kept.
        </NotificationBanner>
      ) : null}
      <p className="mt-6">
        {assignedPeople} {assignedPeople === 1 ? 'person is' : 'people are'} assigned. People join and leave as
        audiences and organisations change (checked every hour, and at once when you change something here). When
        someone is covered by more than one assignment, the latest due date applies.
      </p>
      {assignments.length === 0 ? (
        <p className="mt-4">Nobody is assigned yet.</p>
      ) : (
        <ResponsiveTable
          caption="Assignments"
          head={
            <>
              <Th>Type</Th>
              <Th>Who</Th>
              <Th>Due date</Th>
              <Th>People</Th>
              <Th>Actions</Th>
            </>
          }
        >
          {assignments.map((a) => (
            <tr key={a.id}>
              <Td label="Type">{TYPE[a.type]}</Td>
              <Td label="Who">{a.who}</Td>
              <Td label="Due date">{dueRule(a)}</Td>
              <Td label="People">{a.people}</Td>
              <Td label="Actions">
                <div className="flex flex-wrap items-center gap-3">
                  <Link
                    href={`/admin/programs/${program.id}/assignments/${a.id}`}
                    className="text-[var(--link)] underline"
                  >
                    Change due date<span className="sr-only"> for {a.who}</span>
                  </Link>
                  <details>
                    <summary className="cursor-pointer text-[var(--link)] underline">
                      Remove<span className="sr-only"> {a.who}</span>
                    </summary>
                    <form action={removeAssignmentAction} className="mt-2">
                      <input type="hidden" name="programId" value={program.id} />
                      <input type="hidden" name="assignmentId" value={a.id} />
                      <button type="submit" className={buttonClass('warning')}>
                        Yes, remove {a.who}
                      </button>
                    </form>
                  </details>
                </div>
              </Td>
            </tr>
          ))}
        </ResponsiveTable>
      )}
      <h2 className="mt-10 text-2xl font-bold">Assign</h2>
      <AssignmentForm action={addAssignmentAction} programId={program.id} options={options} />
    </div>
  );
}
