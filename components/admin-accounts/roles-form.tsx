'use client';
import { CheckboxesField } from '@/components/ui/choices';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

export function RolesForm({
  action,
  userId,
  isSiteAdmin,
  teamIds,
  teams,
}: {
  action: FormAction;
  userId: number;
  isSiteAdmin: boolean;
  teamIds: number[];
  teams: { id: number; name: string }[];
}) {
  const f = useActionForm(action);
  return (
    <form key={f.formKey} action={f.formAction}>
      <ErrorSummary message={f.message} fieldErrors={f.fieldErrors} />
      <input type="hidden" name="id" value={userId} />
      <CheckboxesField
        name="isSiteAdmin"
        legend="Site administration"
        options={[{ value: 'on', label: 'Site admin (users, account requests, organisations and settings)' }]}
        values={f.list('isSiteAdmin', isSiteAdmin ? ['on'] : [])}
        error={f.fieldErrors.isSiteAdmin}
      />
      <CheckboxesField
        name="teamIds"
        legend="L&D teams"
        hint="Members manage their team's courses, sessions and reports."
        emptyText="There are no L&D teams yet."
        options={teams.map((team) => ({ value: String(team.id), label: team.name }))}
        values={f.list(
          'teamIds',
          teamIds.map((id) => String(id)),
        )}
        error={f.fieldErrors.teamIds}
      />
      <SubmitButton variant="secondary">Save roles</SubmitButton>
    </form>
  );
}
