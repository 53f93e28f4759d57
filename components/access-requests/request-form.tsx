'use client';
// The learner's systems access request: the form's questions, sent once (again only after a refusal).
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import type { AccessField } from '@/lib/access-requests/rules';

type Props = { action: FormAction; activityId: number; fields: AccessField[]; initial?: Record<string, string> };

export function AccessRequestForm({ action, activityId, fields, initial = {} }: Props) {
  const { formAction, formKey, message, fieldErrors, value } = useActionForm(action);
  return (
    <form action={formAction} key={formKey} className="mt-4" noValidate>
      <ErrorSummary message={message} fieldErrors={fieldErrors} />
      <input type="hidden" name="activityId" value={activityId} />
      {fields.map((f) => {
        const name = `field-${f.key}`;
        const common = {
          name,
          label: f.label,
          optional: !f.required,
          error: fieldErrors[name],
          defaultValue: value(name, initial[f.key]),
        };
        if (f.type === 'SELECT')
          return <SelectField key={f.key} {...common} options={f.options.map((o) => ({ value: o, label: o }))} />;
        if (f.type === 'LONG_TEXT') return <TextAreaField key={f.key} {...common} maxLength={2000} />;
        return <TextField key={f.key} {...common} maxLength={200} />;
      })}
      <SubmitButton pendingText="Sending…">Send request</SubmitButton>
    </form>
  );
}
