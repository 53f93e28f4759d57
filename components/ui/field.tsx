import type { ComponentProps, ReactNode } from 'react';
import { FieldError, FieldHint, errorBar } from '@/components/ui/field-message';
import { fieldId, hintAndErrorIds, joinIds } from '@/components/ui/field-id';

/** What every labelled field takes besides its control's own attributes. */
export type FieldProps = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
};

type Control = { id: string; describedBy: string | undefined; invalid: boolean };

type FieldShellProps = FieldProps & { children: (control: Control) => ReactNode };

/** Label, hint and error message above a control, wired with ids and aria attributes. */
export function FieldShell({ name, label, hint, error, optional, children }: FieldShellProps) {
  const id = fieldId(name);
  return (
    <div className={`mb-6 ${errorBar(error)}`}>
      <label htmlFor={id} className="block text-lg font-semibold">
        {label}
        {optional ? <span className="font-normal"> (optional)</span> : null}
      </label>
      {hint ? <FieldHint id={id}>{hint}</FieldHint> : null}
      {error ? <FieldError id={id}>{error}</FieldError> : null}
      <div className="mt-2">
        {children({ id, describedBy: hintAndErrorIds(id, hint, error), invalid: Boolean(error) })}
      </div>
    </div>
  );
}

/**
 * The attributes that tie a control to its shell. A caller's aria-describedby (e.g. a policy text) is added to the
 * hint and error ids, never replacing them.
 */
function wired<P extends { 'aria-describedby'?: string }>(name: string, control: Control, props: P) {
  return {
    id: control.id,
    name,
    'aria-invalid': control.invalid || undefined,
    ...props,
    'aria-describedby': joinIds(control.describedBy, props['aria-describedby']),
  };
}

const INPUT =
  'block w-full max-w-xl rounded-none border-2 border-slate-800 bg-white px-3 py-2 text-base focus:outline-3 focus:outline-offset-0 focus:outline-[var(--focus)] aria-[invalid=true]:border-red-700';

export function TextField({
  name,
  label,
  hint,
  error,
  optional,
  className = '',
  ...props
}: Omit<ComponentProps<'input'>, 'name'> & FieldProps) {
  return (
    <FieldShell name={name} label={label} hint={hint} error={error} optional={optional}>
      {(control) => <input {...wired(name, control, props)} className={`${INPUT} ${className}`} />}
    </FieldShell>
  );
}

export function TextAreaField({
  name,
  label,
  hint,
  error,
  optional,
  className = '',
  ...props
}: Omit<ComponentProps<'textarea'>, 'name'> & FieldProps) {
  return (
    <FieldShell name={name} label={label} hint={hint} error={error} optional={optional}>
      {(control) => <textarea rows={5} {...wired(name, control, props)} className={`${INPUT} ${className}`} />}
    </FieldShell>
  );
}

export function SelectField({
  name,
  label,
  hint,
  error,
  optional,
  options,
  placeholder = 'Choose…',
  className = '',
  ...props
}: Omit<ComponentProps<'select'>, 'name'> &
  FieldProps & {
    options: { value: string; label: string }[];
    /** The empty first option; `null` for none (the first option is then the default). */
    placeholder?: string | null;
  }) {
  return (
    <FieldShell name={name} label={label} hint={hint} error={error} optional={optional}>
      {(control) => (
        <select {...wired(name, control, props)} className={`${INPUT} ${className}`}>
          {placeholder !== null ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
