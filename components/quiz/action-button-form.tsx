'use client';
import { useActionState, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/action-result';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

/** A one-button form (start, re-attempt) that shows the server's reason when it refuses. */
export function ActionButtonForm({
  action,
  fields,
  label,
  pendingText = 'Starting…',
  variant = 'primary',
  children,
}: {
  action: Action;
  fields: Record<string, string | number>;
  label: ReactNode;
  pendingText?: string;
  variant?: 'primary' | 'secondary' | 'warning';
  children?: ReactNode;
}) {
  const [state, formAction] = useActionState<ActionResult, FormData>(action, { ok: true });
  return (
    <form action={formAction}>
      {state.ok ? (
        state.message ? (
          <p role="status" className="mb-2 font-semibold text-green-800">
            {state.message}
          </p>
        ) : null
      ) : (
        <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      )}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <SubmitButton pendingText={pendingText} variant={variant}>
        {label}
      </SubmitButton>
    </form>
  );
}
