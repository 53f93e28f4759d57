import type { ComponentProps, ReactNode } from 'react';
import { fieldId } from '@/components/ui/field-id';

type FieldShellProps = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  children: (props: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
};

/** Label, hint and error message above a control, wired with ids and aria attributes. */
export function FieldShell({ name, label, hint, error, optional, children }: FieldShellProps) {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`mb-6 ${error ? 'border-l-4 border-red-700 pl-4' : ''}`}>
      <label htmlFor={id} className="block text-lg font-semibold">
        {label}
        {optional ? <span className="font-normal"> (optional)</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 font-semibold text-red-700">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      <div className="mt-2">{children({ id, describedBy, invalid: Boolean(error) })}</div>
    </div>
  );
}

/** A caller's aria-describedby (e.g. a policy text) is added to the hint and error ids, never replacing them. */
function joinIds(...ids: (string | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
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
}: Omit<ComponentProps<'input'>, 'name'> & {
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
          aria-invalid={invalid || undefined}
          {...props}
          aria-describedby={joinIds(describedBy, props['aria-describedby'])}
          className={`${INPUT} ${className}`}
        />
      )}
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
}: Omit<ComponentProps<'textarea'>, 'name'> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
}) {
  return (
    <FieldShell name={name} label={label} hint={hint} error={error} optional={optional}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          name={name}
          rows={5}
          aria-invalid={invalid || undefined}
          {...props}
          aria-describedby={joinIds(describedBy, props['aria-describedby'])}
          className={`${INPUT} ${className}`}
        />
      )}
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
}: Omit<ComponentProps<'select'>, 'name'> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  options: { value: string; label: string }[];
  placeholder?: string | null;
}) {
  return (
    <FieldShell name={name} label={label} hint={hint} error={error} optional={optional}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          name={name}
          aria-invalid={invalid || undefined}
          {...props}
          aria-describedby={joinIds(describedBy, props['aria-describedby'])}
          className={`${INPUT} ${className}`}
        >
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
