'use client';
import { useActionState } from 'react';
import type { ActionResult } from '@/lib/action-result';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { UserDetailsFields, type UserDetailValues } from '@/components/admin-accounts/user-details-fields';

export function EditUserForm({
  action,
  userId,
  initial,
  organisations,
}: {
  action: (prev: ActionResult | undefined, data: FormData) => Promise<ActionResult>;
  userId: number;
  initial: UserDetailValues;
  organisations: { value: string; label: string }[];
}) {
  const [state, formAction] = useActionState(action, undefined);
  const failed = state && !state.ok ? state : undefined;
  return (
    <form action={formAction} noValidate>
      <ErrorSummary message={failed?.message} fieldErrors={failed?.fieldErrors} />
      <input type="hidden" name="id" value={userId} />
      <UserDetailsFields
        values={failed?.values ?? initial}
        errors={failed?.fieldErrors ?? {}}
        organisations={organisations}
      />
      <SubmitButton>Save changes</SubmitButton>
    </form>
  );
}
