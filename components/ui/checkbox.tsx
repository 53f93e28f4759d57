import type { ComponentProps, ReactNode } from 'react';
import { FieldError, FieldHint, errorBar } from '@/components/ui/field-message';
import { fieldId, hintAndErrorIds, joinIds } from '@/components/ui/field-id';

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
  return (
    <div className={`mb-6 ${errorBar(error)}`}>
      {error ? <FieldError id={id}>{error}</FieldError> : null}
      <div className="flex items-start gap-3">
        <input
          id={id}
          name={name}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          {...props}
          aria-describedby={joinIds(hintAndErrorIds(id, hint, error), props['aria-describedby'])}
          className="mt-0.5 size-8 shrink-0 accent-slate-900 focus:outline-3 focus:outline-offset-2 focus:outline-[var(--focus)]"
        />
        <div>
          <label htmlFor={id} className="text-lg">
            {label}
          </label>
          {hint ? <FieldHint id={id}>{hint}</FieldHint> : null}
        </div>
      </div>
    </div>
  );
}
