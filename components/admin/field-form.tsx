'use client';
import { CheckboxField } from '@/components/ui/checkbox';
import { ErrorSummary } from '@/components/ui/error-summary';
import { fieldId } from '@/components/ui/field-id';
import { FieldShell, SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

type Option = { value: string; label: string };

/** A serialisable description of one form field, so server pages can describe admin forms. */
export type FieldSpec =
  | {
      kind: 'text' | 'date' | 'email';
      name: string;
      label: string;
      hint?: string;
      optional?: boolean;
      value?: string;
      width?: string;
    }
  | { kind: 'textarea'; name: string; label: string; hint?: string; optional?: boolean; value?: string; rows?: number }
  | {
      kind: 'select';
      name: string;
      label: string;
      hint?: string;
      optional?: boolean;
      value?: string;
      options: Option[];
      placeholder?: string | null;
    }
  | { kind: 'checkbox'; name: string; label: string; hint?: string; checked?: boolean }
  | {
      kind: 'radios';
      name: string;
      label: string;
      hint?: string;
      value?: string;
      options: (Option & { hint?: string })[];
    }
  | { kind: 'checkboxes'; name: string; label: string; hint?: string; values?: string[]; options: Option[] }
  | { kind: 'file'; name: string; label: string; hint?: string; accept?: string }
  | { kind: 'hidden'; name: string; value: string }
  | { kind: 'heading'; text: string };

type Props = {
  action: FormAction;
  fields: FieldSpec[];
  submitText: string;
};

/** Admin forms: GOV.UK error summary, inline errors, and every typed value kept after a failed submit. */
export function FieldForm({ action, fields, submitText }: Props) {
  const { state, formAction, formKey, failed, fieldErrors: errors, value, checked, list: many } = useActionForm(action);
  return (
    <form key={formKey} action={formAction} noValidate className="mt-6 max-w-3xl">
      <ErrorSummary
        message={failed && Object.keys(errors).length === 0 ? failed.message : undefined}
        fieldErrors={errors}
      />
      {state?.ok && state.message ? (
        <p role="status" className="mb-6 border-l-4 border-green-800 bg-green-50 p-4 font-semibold">
          {state.message}
        </p>
      ) : null}
      {fields.map((f, i) => {
        switch (f.kind) {
          case 'heading':
            return (
              <h2 key={`h-${i}`} className="mt-10 mb-4 border-t border-slate-300 pt-6 text-2xl font-bold">
                {f.text}
              </h2>
            );
          case 'hidden':
            return <input key={f.name} type="hidden" name={f.name} value={f.value} />;
          case 'file':
            return (
              <FieldShell key={f.name} name={f.name} label={f.label} hint={f.hint} error={errors[f.name]} optional>
                {({ id, describedBy, invalid }) => (
                  <input
                    id={id}
                    name={f.name}
                    type="file"
                    accept={f.accept}
                    aria-describedby={describedBy}
                    aria-invalid={invalid || undefined}
                    className="block w-full max-w-full text-base file:mr-4 file:min-h-11 file:border-0 file:bg-slate-200 file:px-4 file:font-semibold"
                  />
                )}
              </FieldShell>
            );
          case 'text':
          case 'date':
          case 'email':
            return (
              <TextField
                key={f.name}
                name={f.name}
                type={f.kind}
                label={f.label}
                hint={f.hint}
                optional={f.optional}
                defaultValue={value(f.name, f.value)}
                error={errors[f.name]}
                className={f.width ?? ''}
              />
            );
          case 'textarea':
            return (
              <TextAreaField
                key={f.name}
                name={f.name}
                label={f.label}
                hint={f.hint}
                optional={f.optional}
                rows={f.rows ?? 5}
                defaultValue={value(f.name, f.value)}
                error={errors[f.name]}
              />
            );
          case 'select':
            return (
              <SelectField
                key={f.name}
                name={f.name}
                label={f.label}
                hint={f.hint}
                optional={f.optional}
                options={f.options}
                placeholder={f.placeholder === undefined ? 'Choose…' : f.placeholder}
                defaultValue={value(f.name, f.value)}
                error={errors[f.name]}
              />
            );
          case 'checkbox':
            return (
              <CheckboxField
                key={f.name}
                name={f.name}
                value="yes"
                label={f.label}
                hint={f.hint}
                defaultChecked={checked(f.name, f.checked)}
                error={errors[f.name]}
              />
            );
          case 'radios':
          case 'checkboxes': {
            const id = fieldId(f.name);
            const selected = f.kind === 'radios' ? [value(f.name, f.value)] : many(f.name, f.values);
            return (
              <fieldset
                key={f.name}
                id={id}
                tabIndex={-1}
                aria-describedby={
                  [f.hint ? `${id}-hint` : '', errors[f.name] ? `${id}-error` : ''].join(' ').trim() || undefined
                }
                className={`mb-6 ${errors[f.name] ? 'border-l-4 border-red-700 pl-4' : ''}`}
              >
                <legend className="text-lg font-semibold">{f.label}</legend>
                {f.hint ? (
                  <p id={`${id}-hint`} className="text-slate-600">
                    {f.hint}
                  </p>
                ) : null}
                {errors[f.name] ? (
                  <p id={`${id}-error`} className="font-semibold text-red-700">
                    <span className="sr-only">Error: </span>
                    {errors[f.name]}
                  </p>
                ) : null}
                <div className="mt-2 space-y-2">
                  {f.options.length === 0 ? (
                    <p className="text-slate-600">There is nothing to choose from yet.</p>
                  ) : null}
                  {f.options.map((o) => {
                    const optionId = `${id}-${o.value}`;
                    return (
                      <div key={o.value} className="flex items-start gap-3">
                        <input
                          id={optionId}
                          type={f.kind === 'radios' ? 'radio' : 'checkbox'}
                          name={f.name}
                          value={o.value}
                          defaultChecked={selected.includes(o.value)}
                          className="mt-0.5 size-7 shrink-0 accent-slate-900 focus:outline-3 focus:outline-offset-2 focus:outline-[var(--focus)]"
                        />
                        <label htmlFor={optionId} className="text-base">
                          {o.label}
                          {'hint' in o && o.hint ? <span className="block text-slate-600">{o.hint}</span> : null}
                        </label>
                      </div>
                    );
                  })}
                </div>
              </fieldset>
            );
          }
        }
      })}
      <SubmitButton>{submitText}</SubmitButton>
    </form>
  );
}
