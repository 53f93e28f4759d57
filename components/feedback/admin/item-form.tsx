'use client';
import { CheckboxField } from '@/components/ui/checkbox';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { ITEM_TYPE_LABELS } from '@/lib/feedback/rules';
import { FEEDBACK_ITEM_TYPES } from '@/lib/feedback/schemas';

type Initial = {
  type: string;
  label: string;
  hint: string;
  groupLabel: string;
  options: string;
  required: boolean;
};

const EMPTY: Initial = { type: 'SCALE', label: '', hint: '', groupLabel: '', options: '', required: true };

type Props = {
  action: FormAction;
  /** Hidden fields: the activity (adding) or the question (editing). */
  fields: Record<string, string | number>;
  initial?: Initial;
  submitText: string;
};

/** Add or edit one question of a feedback form. */
export function FeedbackItemForm({ action, fields, initial = EMPTY, submitText }: Props) {
  const { formAction, formKey, message, fieldErrors, done, value, checked } = useActionForm(action);
  return (
    <form action={formAction} key={formKey} className="mt-4">
      {done ? (
        <p role="status" className="mb-4 font-semibold text-green-800">
          {done}
        </p>
      ) : null}
      <ErrorSummary message={message} fieldErrors={fieldErrors} />
      {Object.entries(fields).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <SelectField
        name="type"
        label="Type of question"
        placeholder={null}
        options={FEEDBACK_ITEM_TYPES.map((t) => ({ value: t, label: ITEM_TYPE_LABELS[t] }))}
        defaultValue={value('type', initial.type)}
        error={fieldErrors.type}
      />
      <TextAreaField
        name="label"
        rows={2}
        label="Question or statement"
        hint="For an agreement scale row, the statement people rate, such as “The booking process was easy.”"
        defaultValue={value('label', initial.label)}
        error={fieldErrors.label}
      />
      <TextField
        name="groupLabel"
        label="Group heading (agreement scale rows only)"
        hint="Rows next to each other with the same heading are shown as one question, for example “Regarding the workshop itself, how would you rate the below statements?”"
        optional
        defaultValue={value('groupLabel', initial.groupLabel)}
        error={fieldErrors.groupLabel}
      />
      <TextAreaField
        name="options"
        rows={4}
        label="Choices (dropdowns only)"
        hint="One choice on each line."
        optional
        defaultValue={value('options', initial.options)}
        error={fieldErrors.options}
      />
      <TextField
        name="hint"
        label="Hint"
        hint="Shown under the question."
        optional
        defaultValue={value('hint', initial.hint)}
        error={fieldErrors.hint}
      />
      <CheckboxField
        name="required"
        value="yes"
        label="Required: people must answer this question"
        defaultChecked={checked('required', initial.required)}
        error={fieldErrors.required}
      />
      <SubmitButton>{submitText}</SubmitButton>
    </form>
  );
}
