'use client';
// The learner's feedback form: dropdowns, 1–4 agreement scale rows grouped under their question, short and long
// text. Required questions are marked, optional ones say "(optional)"; a refused submit keeps every answer.
import { ErrorSummary } from '@/components/ui/error-summary';
import { FieldError, FieldHint, errorBar } from '@/components/ui/field-message';
import { fieldId, hintAndErrorIds } from '@/components/ui/field-id';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import {
  answerField,
  groupItems,
  questionNumbers,
  LONG_TEXT_MAX,
  SCALE_LABELS,
  SCALE_VALUES,
  SHORT_TEXT_MAX,
} from '@/lib/feedback/rules';
import type { FeedbackItemView } from '@/lib/feedback/queries';

type Props = { action: FormAction; activityId: number; items: FeedbackItemView[] };

function ScaleRow({
  item,
  error,
  value,
  number,
}: {
  item: FeedbackItemView;
  error?: string;
  value: string;
  number: string;
}) {
  const name = answerField(item.id);
  const id = fieldId(name);
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={hintAndErrorIds(id, item.hint, error)}
      className={`border-b border-slate-300 py-3 sm:grid sm:grid-cols-[1fr_auto] sm:items-center sm:gap-4 ${errorBar(error)}`}
    >
      <legend className="float-left w-full text-base font-semibold sm:float-none sm:w-auto">
        <span className="sr-only">{number} </span>
        {item.label}
        {item.required ? null : <span className="font-normal"> (optional)</span>}
      </legend>
      <div className="clear-left sm:clear-none">
        {item.hint ? <FieldHint id={id}>{item.hint}</FieldHint> : null}
        {error ? <FieldError id={id}>{error}</FieldError> : null}
        <div className="mt-2 flex gap-2 sm:mt-0">
          {SCALE_VALUES.map((v) => {
            const optionId = `${id}-${v}`;
            return (
              <div key={v} className="flex flex-col items-center">
                <input
                  id={optionId}
                  type="radio"
                  name={name}
                  value={v}
                  defaultChecked={value === v}
                  className="size-7 accent-slate-900 focus:outline-3 focus:outline-offset-2 focus:outline-[var(--focus)]"
                />
                <label htmlFor={optionId} className="min-w-11 text-center">
                  {v}
                  <span className="sr-only"> – {SCALE_LABELS[v]}</span>
                </label>
              </div>
            );
          })}
        </div>
      </div>
    </fieldset>
  );
}

export function FeedbackForm({ action, activityId, items }: Props) {
  const { formAction, formKey, message, fieldErrors, value } = useActionForm(action);
  const groups = groupItems(items);
  const numbers = questionNumbers(groups);
  return (
    <form action={formAction} key={formKey} className="mt-6" noValidate>
      <ErrorSummary message={message} fieldErrors={fieldErrors} />
      <input type="hidden" name="activityId" value={activityId} />
      <p className="mb-6 text-slate-700">
        Questions marked (optional) can be left blank. You can send your answers once.
      </p>
      {groups.map((group, index) => {
        if (group.kind === 'scale') {
          const number = `${numbers[index]}`;
          return (
            <section key={`g-${group.rows[0]!.id}`} className="mb-8" aria-labelledby={`group-${group.rows[0]!.id}`}>
              <h2 id={`group-${group.rows[0]!.id}`} className="text-lg font-semibold">
                {number}. {group.groupLabel ?? 'How far do you agree with these statements?'}
              </h2>
              <p className="text-slate-600">1 = strongly disagree, 4 = strongly agree</p>
              <div className="mt-2">
                {group.rows.map((item) => (
                  <ScaleRow
                    key={item.id}
                    item={item}
                    number={`${number}.`}
                    error={fieldErrors[answerField(item.id)]}
                    value={value(answerField(item.id))}
                  />
                ))}
              </div>
            </section>
          );
        }
        const item = group.item;
        const name = answerField(item.id);
        if (item.type === 'LABEL') {
          return (
            <p key={item.id} className="mb-6 whitespace-pre-line text-lg">
              {item.label}
            </p>
          );
        }
        const label = `${numbers[index]}. ${item.label}`;
        const common = {
          name,
          label,
          hint: item.hint ?? undefined,
          error: fieldErrors[name],
          optional: !item.required,
          defaultValue: value(name),
        };
        if (item.type === 'DROPDOWN')
          return <SelectField key={item.id} {...common} options={item.options.map((o) => ({ value: o, label: o }))} />;
        if (item.type === 'SHORT_TEXT') return <TextField key={item.id} {...common} maxLength={SHORT_TEXT_MAX} />;
        return <TextAreaField key={item.id} {...common} maxLength={LONG_TEXT_MAX} />;
      })}
      <SubmitButton pendingText="Sending…">Send feedback</SubmitButton>
    </form>
  );
}
