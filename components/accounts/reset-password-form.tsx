'use client';
import { useActionState } from 'react';
import Link from 'next/link';
import type { ActionResult } from '@/lib/action-result';
import { ErrorSummary } from '@/components/ui/error-summary';
import { NewPasswordFields } from '@/components/accounts/new-password-fields';
import { SubmitButton } from '@/components/ui/submit-button';

export function ResetPasswordForm({
  action,
  token,
}: {
  action: (prev: ActionResult | undefined, data: FormData) => Promise<ActionResult>;
  token: string;
}) {
  const [state, formAction] = useActionState(action, undefined);
  if (state?.ok) {
    return (
      <div role="status">
        <h2 className="mb-2 text-2xl font-bold">Your password has been changed</h2>
        <p className="mb-4">You have been logged out everywhere else. Log in with your new password.</p>
        <Link href="/login" className="text-[var(--link)] underline">
          Log in
        </Link>
      </div>
    );
  }
  const failed = state && !state.ok ? state : undefined;
  return (
    <form action={formAction} noValidate>
      <ErrorSummary message={failed?.message} fieldErrors={failed?.fieldErrors} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields fieldErrors={failed?.fieldErrors} />
      <SubmitButton>Set new password</SubmitButton>
    </form>
  );
}
