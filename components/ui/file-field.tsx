import type { ComponentProps, ReactNode } from 'react';
import { FieldShell } from '@/components/ui/field';

/** A file upload with its label, hint and error. Browsers never keep a chosen file after a failed submit. */
export function FileField({
  name,
  label,
  hint,
  error,
  optional,
  ...props
}: Omit<ComponentProps<'input'>, 'name' | 'type'> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
}) {
  return (
    <FieldShell name={name} label={label} hint={hint} error={error} optional={optional}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={name}
          type="file"
          aria-invalid={invalid || undefined}
          {...props}
          aria-describedby={[describedBy, props['aria-describedby']].filter(Boolean).join(' ') || undefined}
          className="block w-full max-w-full text-base file:mr-4 file:min-h-11 file:border-0 file:bg-slate-200 file:px-4 file:font-semibold"
        />
      )}
    </FieldShell>
  );
}
