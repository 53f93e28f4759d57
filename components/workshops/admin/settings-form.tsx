'use client';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { CheckboxField } from '@/components/ui/checkbox';
import { SavedMessage } from '@/components/ui/saved-message';

export type SettingsDefaults = Record<string, string>;

export function WorkshopSettingsForm({
  action: saveSettingsAction,
  activityId,
  defaults,
  audiences,
}: {
  action: FormAction;
  activityId: number;
  defaults: SettingsDefaults;
  audiences: { id: number; name: string }[];
}) {
  const { state, formAction: action, formKey, fieldErrors, failed } = useActionForm(saveSettingsAction);
  const errors = fieldErrors;
  const v = failed?.values ?? defaults;
  return (
    <form key={formKey} action={action} noValidate className="mt-4">
      <ErrorSummary message={state && !state.ok ? state.message : undefined} fieldErrors={errors} />
      <SavedMessage message={state?.ok ? state.message : undefined} />
      <input type="hidden" name="activityId" value={activityId} />
      <TextAreaField
        name="details"
        label="Details shown to learners"
        optional
        rows={4}
        error={errors.details}
        defaultValue={v.details}
      />
      <SelectField
        name="eligibleAudienceId"
        label="Who can sign up"
        placeholder="Anyone who can see the course"
        options={audiences.map((a) => ({ value: String(a.id), label: `Members of ${a.name}` }))}
        error={errors.eligibleAudienceId}
        defaultValue={v.eligibleAudienceId}
      />
      <CheckboxField
        name="allowMultipleBookings"
        label="Learners may book more than one session of this workshop"
        defaultChecked={v.allowMultipleBookings === 'on'}
      />
      <SelectField
        name="approval"
        label="Approval"
        placeholder={null}
        options={[
          { value: 'NONE', label: 'No approval: booked straight away' },
          { value: 'SELF_AUTHORISATION', label: 'Learner accepts terms and conditions' },
        ]}
        error={errors.approval}
        defaultValue={v.approval}
      />
      <TextAreaField
        name="terms"
        label="Terms and conditions"
        hint="Needed when learners must accept terms."
        optional
        rows={4}
        error={errors.terms}
        defaultValue={v.terms}
      />
      <SelectField
        name="cancellationPolicy"
        label="Learners can cancel"
        placeholder={null}
        options={[
          { value: 'ANY_TIME', label: 'At any time before the start' },
          { value: 'UNTIL_CUTOFF', label: 'Until a cut-off before the start' },
          { value: 'NEVER', label: 'Never online (they contact L&D)' },
        ]}
        error={errors.cancellationPolicy}
        defaultValue={v.cancellationPolicy}
      />
      <TextField
        name="cancellationCutoffHours"
        label="Cut-off in hours before the start"
        optional
        inputMode="numeric"
        className="max-w-32"
        error={errors.cancellationCutoffHours}
        defaultValue={v.cancellationCutoffHours}
      />
      <TextField
        name="cancellationFee"
        label="Cancellation or no-show fee (£)"
        hint="When set, learners must give a cost code."
        optional
        inputMode="decimal"
        className="max-w-40"
        error={errors.cancellationFee}
        defaultValue={v.cancellationFee}
      />
      <TextAreaField
        name="cancellationPolicyText"
        label="Cancellation policy"
        optional
        rows={4}
        error={errors.cancellationPolicyText}
        defaultValue={v.cancellationPolicyText}
      />
      <TextAreaField
        name="cancellationReasons"
        label="Cancellation reasons"
        hint="One per line. Learners choose one when they cancel."
        rows={5}
        error={errors.cancellationReasons}
        defaultValue={v.cancellationReasons}
      />
      <TextField
        name="reminderDays"
        label="Send reminders this many days before"
        hint="Numbers separated by commas, for example 7, 2. Leave empty for no reminders."
        optional
        className="max-w-40"
        error={errors.reminderDays}
        defaultValue={v.reminderDays}
      />
      <CheckboxField
        name="copyManager"
        label="Copy learners’ managers into booking emails"
        defaultChecked={v.copyManager === 'on'}
      />
      <CheckboxField
        name="sendEvaluationRequest"
        label="Ask attendees for an evaluation after the session"
        defaultChecked={v.sendEvaluationRequest === 'on'}
      />
      <SubmitButton>Save settings</SubmitButton>
    </form>
  );
}
