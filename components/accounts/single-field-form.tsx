'use client';
import type { ReactNode } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

/** A one-question form (forgotten password / username): on success it is replaced by `done`. */
export function SingleFieldForm({
  action,
  name,
  label,
  hint,
  type = 'text',
  autoComplete,
  submitLabel,
  done,
}: {
  action: FormAction;
  name: string;
  label: string;
  hint?: string;
  type?: string;
  autoComplete?: string;
  submitLabel: string;
  done: ReactNode;
}) {
  const f = useActionForm(action);
  if (f.state?.ok) return <div role="status">{done}</div>;
  return (
    <form key={f.formKey} action={f.formAction} noValidate>
      <ErrorSummary message={f.message} fieldErrors={f.fieldErrors} />
      <TextField
        name={name}
        label={label}
        hint={hint}
        type={type}
        autoComplete={autoComplete}
        autoCapitalize="none"
        spellCheck={false}
        defaultValue={f.value(name)}
        error={f.fieldErrors[name]}
      />
      <SubmitButton pendingText="Sending…">{submitLabel}</SubmitButton>
    </form>
  );
}
