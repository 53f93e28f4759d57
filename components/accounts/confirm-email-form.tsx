'use client';
import Link from 'next/link';
import type { ActionResult } from '@/lib/action-result';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

type Result = ActionResult<{ firstName: string }>;

/** The button behind an emailed confirmation link: the link only opens this page, the button spends the token. */
export function ConfirmEmailForm({ action, token }: { action: FormAction<Result>; token: string }) {
  const { state, formAction, message, fieldErrors } = useActionForm(action);
  if (state?.ok) {
    return (
      <div role="status">
        <h2 className="mb-4 text-2xl font-bold">Thank you, {state.data.firstName}: your email address is confirmed</h2>
        <p className="mb-4">
          Your account request is now with the iLearn+ team. When they approve it, we will email you your username and a
          temporary password. If they cannot approve it, we will email you to say why.
        </p>
        <Link href="/login" className="text-[var(--link)] underline">
          Go to the login page
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} noValidate>
      <ErrorSummary message={message} fieldErrors={fieldErrors} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingText="Confirming…">Confirm my email address</SubmitButton>
    </form>
  );
}
