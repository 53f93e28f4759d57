'use client';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/field';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

export function EmailForm({ action, email }: { action: FormAction; email: string }) {
  const f = useActionForm(action);
  return (
    <form key={f.formKey} action={f.formAction} noValidate>
      {f.state?.ok ? <NotificationBanner tone="success">{f.done}</NotificationBanner> : null}
      <ErrorSummary message={f.message} fieldErrors={f.fieldErrors} />
      <TextField
        name="email"
        label="Email address"
        type="email"
        autoComplete="email"
        hint="We send reminders, booking confirmations and password links here."
        defaultValue={f.value('email', email)}
        error={f.fieldErrors.email}
      />
      <SubmitButton variant="secondary">Save email address</SubmitButton>
    </form>
  );
}
