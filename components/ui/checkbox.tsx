import type { ComponentProps, ReactNode } from 'react';
import { fieldId } from '@/components/ui/field-id';

/** One large GOV.UK-style checkbox with its label, hint and error. */
export function CheckboxField({
  name,
  label,
  hint,
  error,
  ...props
}: Omit<ComponentProps<'input'>, 'name' | 'type'> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
}) {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`mb-6 ${error ? 'border-l-4 border-red-700 pl-4' : ''}`}>
      {error ? (
        <p id={`${id}-error`} className="mb-2 font-semibold text-red-700">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      <div className="flex items-start gap-3">
        <input
          id={id}
          name={name}
          type="checkbox"
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...props}
          className="mt-0.5 size-8 shrink-0 accent-slate-900 focus:outline-3 focus:outline-offset-2 focus:outline-[var(--focus)]"
        />
        <div>
          <label htmlFor={id} className="text-lg">
            {label}
          </label>
          {hint ? (
            <p id={`${id}-hint`} className="text-slate-600">
              {hint}
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
}
