'use client';
import { useEffect, useState } from 'react';
import { getCsrfToken } from 'next-auth/react';
import type { ActionResult } from '@/lib/action-result';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/field';
import { NewPasswordFields } from '@/components/accounts/new-password-fields';
import { PasswordPolicyHint } from '@/components/accounts/password-policy';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

type Result = ActionResult<{ svProof: string }>;

type Props = {
  action: FormAction<Result>;
  next: string;
  /** Shown read-only, as on the guide's screen: people often don't know theirs is case sensitive. */
  username: string;
  /** The password policy in plain English, shown right above the new password. */
  policy: string[];
};

export function ChangePasswordForm({ action, next, username, policy }: Props) {
  const { state, formAction, message, fieldErrors } = useActionForm(action);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!state?.ok || !state.data) return;
    // Move this browser's session to the new session version, then carry on.
    void (async () => {
      const csrfToken = await getCsrfToken();
      const response = await fetch('/api/auth/session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ csrfToken, data: { svProof: state.data.svProof } }),
      });
      if (response.ok) window.location.assign(next);
      else
        setProblem(
          'Your password has been changed, but we could not keep you logged in. Log in again with your new password.',
        );
    })();
  }, [state, next]);

  if (state?.ok) {
    return (
      <p role="status" className="text-lg">
        {problem ?? 'Your password has been changed. Taking you to iLearn+…'}
      </p>
    );
  }
  return (
    <form action={formAction} noValidate>
      <ErrorSummary message={message} fieldErrors={fieldErrors} />
      <dl className="mb-6">
        <dt className="text-lg font-semibold">Username (case sensitive)</dt>
        <dd className="mt-1 font-mono text-lg" data-testid="username">
          {username}
        </dd>
      </dl>
      {/* For password managers: which account this new password belongs to. */}
      <input type="text" name="username" value={username} autoComplete="username" readOnly hidden />
      <TextField
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={fieldErrors.currentPassword}
      />
      <PasswordPolicyHint lines={policy} />
      <NewPasswordFields fieldErrors={fieldErrors} />
      <SubmitButton>Change password</SubmitButton>
    </form>
  );
}
