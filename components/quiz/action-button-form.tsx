'use client';
import type { ReactNode } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

/** A one-button form (start, re-attempt) that shows the server's reason when it refuses. */
export function ActionButtonForm({
  action,
  fields,
  label,
  pendingText = 'Starting…',
  variant = 'primary',
  children,
}: {
  action: FormAction;
  fields: Record<string, string | number>;
  label: ReactNode;
  pendingText?: string;
  variant?: 'primary' | 'secondary' | 'warning';
  children?: ReactNode;
}) {
  const { formAction, done, message, fieldErrors } = useActionForm(action);
  return (
    <form action={formAction}>
      {done ? (
        <p role="status" className="mb-2 font-semibold text-green-800">
          {done}
        </p>
      ) : null}
      <ErrorSummary message={message} fieldErrors={fieldErrors} />
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
