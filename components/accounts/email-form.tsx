'use client';
import { useActionState } from 'react';
import type { ActionResult } from '@/lib/action-result';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/field';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { SubmitButton } from '@/components/ui/submit-button';

export function EmailForm({
  action,
  email,
}: {
  action: (prev: ActionResult | undefined, data: FormData) => Promise<ActionResult>;
  email: string;
}) {
  const [state, formAction] = useActionState(action, undefined);
  const failed = state && !state.ok ? state : undefined;
  return (
    <form action={formAction} noValidate>
      {state?.ok ? <NotificationBanner tone="success">{state.message}</NotificationBanner> : null}
      <ErrorSummary message={failed?.message} fieldErrors={failed?.fieldErrors} />
      <TextField
        name="email"
        label="Email address"
        type="email"
        autoComplete="email"
        hint="We send reminders, booking confirmations and password links here."
        defaultValue={failed?.values?.email ?? email}
        error={failed?.fieldErrors.email}
      />
      <SubmitButton variant="secondary">Save email address</SubmitButton>
    </form>
  );
}
