'use client';
import Link from 'next/link';
import { ErrorSummary } from '@/components/ui/error-summary';
import { NewPasswordFields } from '@/components/accounts/new-password-fields';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

export function ResetPasswordForm({ action, token }: { action: FormAction; token: string }) {
  const { state, formAction, message, fieldErrors } = useActionForm(action);
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
  return (
    <form action={formAction} noValidate>
      <ErrorSummary message={message} fieldErrors={fieldErrors} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields fieldErrors={fieldErrors} />
      <SubmitButton>Set new password</SubmitButton>
    </form>
  );
}
