'use client';
import { useState, type ChangeEvent, type ComponentProps } from 'react';
import { FieldShell, type FieldProps } from '@/components/ui/field';
import { joinIds } from '@/components/ui/field-id';
import { megabytes } from '@/lib/upload-limits';

type Props = Omit<ComponentProps<'input'>, 'name' | 'type'> &
  FieldProps & {
    /** Checked in the browser before anything is sent: a bigger file gets the field message and blocks submit. */
    maxBytes?: number;
  };

/** A file upload with its label, hint and error. Browsers never keep a chosen file after a failed submit. */
export function FileField({ name, label, hint, error, optional, className = '', maxBytes, onChange, ...props }: Props) {
  const [tooBig, setTooBig] = useState<string | null>(null);
  const check = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    const message =
      maxBytes !== undefined && file && file.size > maxBytes
        ? `The selected file must be ${megabytes(maxBytes)} or smaller`
        : null;
    // A custom validity stops the form being submitted (and the rest of what was typed being sent for nothing).
    input.setCustomValidity(message ?? '');
    setTooBig(message);
    onChange?.(event);
  };
  const shown = tooBig ?? error;
  return (
    <FieldShell name={name} label={label} hint={hint} error={shown} optional={optional}>
      {(control) => (
        <input
          type="file"
          id={control.id}
          name={name}
          aria-invalid={control.invalid || undefined}
          {...props}
          aria-describedby={joinIds(control.describedBy, props['aria-describedby'])}
          onChange={check}
          className={`block w-full max-w-full text-base file:mr-4 file:min-h-11 file:border-0 file:bg-slate-200 file:px-4 file:font-semibold ${className}`}
        />
      )}
    </FieldShell>
  );
}
