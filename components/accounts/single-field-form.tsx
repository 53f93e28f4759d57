'use client';
import { useActionState, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/action-result';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';

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
  action: (prev: ActionResult | undefined, data: FormData) => Promise<ActionResult>;
  name: string;
  label: string;
  hint?: string;
  type?: string;
  autoComplete?: string;
  submitLabel: string;
  done: ReactNode;
}) {
  const [state, formAction] = useActionState(action, undefined);
  if (state?.ok) return <div role="status">{done}</div>;
  const failed = state && !state.ok ? state : undefined;
  return (
    <form action={formAction} noValidate>
      <ErrorSummary message={failed?.message} fieldErrors={failed?.fieldErrors} />
      <TextField
        name={name}
        label={label}
        hint={hint}
        type={type}
        autoComplete={autoComplete}
        autoCapitalize="none"
        spellCheck={false}
        defaultValue={failed?.values?.[name]}
        error={failed?.fieldErrors[name]}
      />
      <SubmitButton pendingText="Sending…">{submitLabel}</SubmitButton>
    </form>
  );
}
