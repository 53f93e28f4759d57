import type { ReactNode } from 'react';
import { FieldError, FieldHint, errorBar } from '@/components/ui/field-message';
import { fieldId, hintAndErrorIds } from '@/components/ui/field-id';

type Choice = { value: string; label: ReactNode; hint?: ReactNode };

type ChoicesProps = {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: Choice[];
  /** Large text for the question of a page; smaller for a group inside a longer form. */
  size?: 'medium' | 'large';
  /** Options side by side (short labels, e.g. a register's Fully attended / Partially attended / No show). */
  inline?: boolean;
  emptyText?: string;
};

function Choices({
  type,
  name,
  legend,
  hint,
  error,
  options,
  selected,
  size = 'medium',
  inline = false,
  emptyText = 'There is nothing to choose from yet.',
}: ChoicesProps & { type: 'radio' | 'checkbox'; selected: string[] }) {
  const id = fieldId(name);
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={hintAndErrorIds(id, hint, error)}
      className={`mb-6 ${errorBar(error)}`}
    >
      <legend className={size === 'large' ? 'text-2xl font-bold' : 'text-lg font-semibold'}>{legend}</legend>
      {hint ? <FieldHint id={id}>{hint}</FieldHint> : null}
      {error ? <FieldError id={id}>{error}</FieldError> : null}
      <div className={inline ? 'mt-2 flex flex-wrap gap-x-6 gap-y-2' : 'mt-2 space-y-2'}>
        {options.length === 0 ? <p className="text-slate-600">{emptyText}</p> : null}
        {options.map((o) => {
          const optionId = `${id}-${o.value.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
          return (
            <div key={o.value} className="flex items-start gap-3">
              <input
                id={optionId}
                type={type}
                name={name}
                value={o.value}
                defaultChecked={selected.includes(o.value)}
                aria-describedby={o.hint ? `${optionId}-hint` : undefined}
                className="mt-0.5 size-7 shrink-0 accent-slate-900 focus:outline-3 focus:outline-offset-2 focus:outline-[var(--focus)]"
              />
              <div>
                <label htmlFor={optionId} className="text-base">
                  {o.label}
                </label>
                {o.hint ? (
                  <p id={`${optionId}-hint`} className="text-slate-600">
                    {o.hint}
                  </p>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** GOV.UK radios: one choice from a few, each with an optional hint. */
export function RadiosField({ value, ...props }: ChoicesProps & { value?: string }) {
  return <Choices type="radio" selected={value ? [value] : []} {...props} />;
}

/** GOV.UK checkboxes: any number of choices under one name. */
export function CheckboxesField({ values = [], ...props }: ChoicesProps & { values?: string[] }) {
  return <Choices type="checkbox" selected={values} {...props} />;
}
