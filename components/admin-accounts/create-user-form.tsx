'use client';
import Link from 'next/link';
import type { CreatedAccountResult as IssuedResult } from '@/lib/accounts/users-commands';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { UserDetailsFields } from '@/components/admin-accounts/user-details-fields';

export function CreateUserForm({
  action,
  organisations,
}: {
  action: FormAction<IssuedResult>;
  organisations: { value: string; label: string }[];
}) {
  const { state, formAction, formKey, failed, message, fieldErrors: e } = useActionForm(action);
  if (state?.ok && state.data) {
    const { userId, username, emailedTo, temporaryPassword } = state.data;
    return (
      <div role="status" className="border-4 border-green-800 p-4">
        <h2 className="mb-2 text-2xl font-bold">Account {username} created</h2>
        {emailedTo ? <p className="mb-2">The login details have been emailed to {emailedTo}.</p> : null}
        {temporaryPassword ? (
          <p className="mb-2">
            There is no email address to send the login details to. Give the person this temporary password privately;
            it is shown only once: <strong className="font-mono text-lg">{temporaryPassword}</strong>
          </p>
        ) : null}
        {!emailedTo && !temporaryPassword ? <p className="mb-2">The person logs in with automatic login.</p> : null}
        <Link href={`/admin/users/${userId}`} className="text-[var(--link)] underline">
          View the account
        </Link>
      </div>
    );
  }
  const v = failed?.values ?? {};
  return (
    <form key={formKey} action={formAction} noValidate>
      <ErrorSummary message={message} fieldErrors={e} />
      <TextField
        name="username"
        label="Username"
        hint="Case-sensitive. Staff: personnel number. Partners: their prefix, like wbc-40001. Others: firstname.surname."
        autoCapitalize="none"
        spellCheck={false}
        defaultValue={v.username}
        error={e.username}
      />
      <SelectField
        name="authMethod"
        label="How they log in"
        placeholder={null}
        options={[
          { value: 'MANUAL', label: 'Manual login (username and password)' },
          { value: 'SSO', label: 'Automatic login (single sign-on)' },
        ]}
        defaultValue={v.authMethod ?? 'MANUAL'}
        error={e.authMethod}
      />
      <UserDetailsFields values={v} errors={e} organisations={organisations} />
      <SubmitButton>Create account</SubmitButton>
    </form>
  );
}
