'use client';
import { CheckboxField } from '@/components/ui/checkbox';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

/** An eLearning package's attempt settings: how many attempts, and whether a finished module starts a new one. */
export function AttemptSettingsForm({
  action,
  activityId,
  maxAttempts,
  newAttemptOnCompletion,
}: {
  action: FormAction;
  activityId: number;
  maxAttempts: number;
  newAttemptOnCompletion: boolean;
}) {
  const f = useActionForm(action);
  return (
    <form key={f.formKey} action={f.formAction} noValidate className="mt-4 max-w-xl">
      <ErrorSummary message={f.message} fieldErrors={f.fieldErrors} />
      <input type="hidden" name="activityId" value={activityId} />
      <TextField
        name="maxAttempts"
        label="Maximum attempts"
        hint="0 means unlimited. A recertification reset gives a full set again."
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        className="max-w-24"
        defaultValue={f.value('maxAttempts', String(maxAttempts))}
        error={f.fieldErrors.maxAttempts}
      />
      <CheckboxField
        name="newAttemptOnCompletion"
        label="Start a new attempt each time a finished (completed, passed or failed) module is opened"
        defaultChecked={f.checked('newAttemptOnCompletion', newAttemptOnCompletion, 'on')}
        error={f.fieldErrors.newAttemptOnCompletion}
      />
      <SubmitButton>Save attempt settings</SubmitButton>
    </form>
  );
}
