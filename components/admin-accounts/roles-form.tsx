'use client';
import { useActionState } from 'react';
import type { ActionResult } from '@/lib/action-result';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';

const BOX = 'size-6 shrink-0 accent-[var(--brand-accent)] focus:outline-3 focus:outline-[var(--focus)]';

export function RolesForm({
  action,
  userId,
  isSiteAdmin,
  teamIds,
  teams,
}: {
  action: (prev: ActionResult | undefined, data: FormData) => Promise<ActionResult>;
  userId: number;
  isSiteAdmin: boolean;
  teamIds: number[];
  teams: { id: number; name: string }[];
}) {
  const [state, formAction] = useActionState(action, undefined);
  const failed = state && !state.ok ? state : undefined;
  return (
    <form action={formAction}>
      <ErrorSummary message={failed?.message} fieldErrors={failed?.fieldErrors} />
      <input type="hidden" name="id" value={userId} />
      <fieldset className="mb-4">
        <legend className="mb-2 text-lg font-semibold">Site administration</legend>
        <label className="flex min-h-11 items-center gap-3">
          <input type="checkbox" name="isSiteAdmin" defaultChecked={isSiteAdmin} className={BOX} />
          Site admin (users, account requests, organisations and settings)
        </label>
      </fieldset>
      <fieldset className="mb-6">
        <legend className="mb-2 text-lg font-semibold">L&amp;D teams</legend>
        <p className="mb-2 text-slate-600">Members manage their team&apos;s courses, sessions and reports.</p>
        {teams.length === 0 ? <p>There are no L&amp;D teams yet.</p> : null}
        {teams.map((team) => (
          <label key={team.id} className="flex min-h-11 items-center gap-3">
            <input
              type="checkbox"
              name="teamIds"
              value={team.id}
              defaultChecked={teamIds.includes(team.id)}
              className={BOX}
            />
            {team.name}
          </label>
        ))}
      </fieldset>
      <SubmitButton variant="secondary">Save roles</SubmitButton>
    </form>
  );
}
