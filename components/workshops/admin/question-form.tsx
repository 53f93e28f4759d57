'use client';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { CheckboxField } from '@/components/ui/checkbox';
import { SavedMessage } from '@/components/ui/saved-message';

export function QuestionForm({ action: addQuestionAction, activityId }: { action: FormAction; activityId: number }) {
  const { state, formAction: action, formKey, fieldErrors, failed } = useActionForm(addQuestionAction);
  const errors = fieldErrors;
  const v = failed?.values ?? {};
  return (
    <form key={formKey} action={action} noValidate className="mt-4 border-l-4 border-slate-300 pl-4">
      <ErrorSummary message={state && !state.ok ? state.message : undefined} fieldErrors={errors} />
      <SavedMessage message={state?.ok ? state.message : undefined} />
      <input type="hidden" name="activityId" value={activityId} />
      <TextField name="label" label="Question" error={errors.label} defaultValue={v.label ?? ''} />
      <TextField name="hint" label="Hint" optional error={errors.hint} defaultValue={v.hint ?? ''} />
      <SelectField
        name="type"
        label="Answer type"
        placeholder={null}
        options={[
          { value: 'TEXT', label: 'Short text' },
          { value: 'TEXTAREA', label: 'Long text' },
          { value: 'SELECT', label: 'Choose from a list' },
          { value: 'CHECKBOX', label: 'Tick box' },
        ]}
        defaultValue={v.type ?? 'TEXT'}
      />
      <TextAreaField
        name="options"
        label="Options"
        hint="For a list: one option per line."
        optional
        rows={3}
        error={errors.options}
        defaultValue={v.options ?? ''}
      />
      <CheckboxField
        name="required"
        label="An answer is required"
        defaultChecked={failed ? v.required === 'on' : true}
      />
      <SubmitButton variant="secondary">Add question</SubmitButton>
    </form>
  );
}
