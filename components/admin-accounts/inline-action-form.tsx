'use client';
import type { ReactNode } from 'react';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

/** A one-button form (unlock, suspend, sign out everywhere...). Success redirects; a failure shows its message. */
export function InlineActionForm({
  action,
  fields,
  label,
  pendingText = 'Saving…',
  variant = 'secondary',
  children,
}: {
  action: FormAction;
  fields: Record<string, string>;
  label: string;
  pendingText?: string;
  variant?: 'primary' | 'secondary' | 'warning';
  children?: ReactNode;
}) {
  const { formAction, message, done } = useActionForm(action);
  return (
    <form action={formAction} className="mb-4">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <SubmitButton variant={variant} pendingText={pendingText}>
        {label}
      </SubmitButton>
      {message ? (
        <p role="alert" className="mt-2 font-semibold text-red-700">
          {message}
        </p>
      ) : null}
      {done ? (
        <p role="status" className="mt-2 font-semibold text-green-800">
          {done}
        </p>
      ) : null}
    </form>
  );
}
