'use client';
import { useActionState, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/action-result';
import { SubmitButton } from '@/components/ui/submit-button';

/** A one-button form (unlock, suspend, sign out everywhere...). Success redirects; a failure shows its message. */
export function InlineActionForm({
  action,
  fields,
  label,
  pendingText = 'Saving…',
  variant = 'secondary',
  children,
}: {
  action: (prev: ActionResult | undefined, data: FormData) => Promise<ActionResult>;
  fields: Record<string, string>;
  label: string;
  pendingText?: string;
  variant?: 'primary' | 'secondary' | 'warning';
  children?: ReactNode;
}) {
  const [state, formAction] = useActionState(action, undefined);
  return (
    <form action={formAction} className="mb-4">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <SubmitButton variant={variant} pendingText={pendingText}>
        {label}
      </SubmitButton>
      {state && !state.ok ? (
        <p role="alert" className="mt-2 font-semibold text-red-700">
          {state.message}
        </p>
      ) : null}
      {state?.ok && state.message ? (
        <p role="status" className="mt-2 font-semibold text-green-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
