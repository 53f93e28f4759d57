'use client';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { CheckboxField } from '@/components/ui/checkbox';

export function SessionForm({
  action: saveSessionAction,
  activityId,
  sessionId,
  defaults,
  dateRows,
  rooms,
}: {
  action: FormAction;
  activityId: number;
  sessionId?: number;
  defaults: Record<string, string>;
  dateRows: number;
  rooms: { id: number; name: string }[];
}) {
  const { state, formAction: action, formKey, fieldErrors, failed } = useActionForm(saveSessionAction);
  const errors = fieldErrors;
  const v = failed?.values ?? defaults;
  return (
    <form key={formKey} action={action} noValidate className="mt-6">
      <ErrorSummary message={state && !state.ok ? state.message : undefined} fieldErrors={errors} />
      <input type="hidden" name="activityId" value={activityId} />
      {sessionId ? <input type="hidden" name="sessionId" value={sessionId} /> : null}
      <TextField
        name="timezone"
        label="Time zone"
        hint="Times below are in this zone. Europe/London handles summer time for you."
        className="max-w-xs"
        error={errors.timezone}
        defaultValue={v.timezone ?? 'Europe/London'}
      />
      {Array.from({ length: dateRows }, (_, i) => (
        <fieldset key={i} className="mb-6 border-l-4 border-slate-300 pl-4">
          <legend className="text-xl font-bold">
            Date {i + 1}
            {i > 0 ? ' (optional)' : ''}
          </legend>
          <TextField
            type="datetime-local"
            name={`dates.${i}.start`}
            label="Starts"
            className="max-w-xs"
            error={errors[`dates.${i}.start`]}
            defaultValue={v[`dates.${i}.start`] ?? ''}
          />
          <TextField
            type="datetime-local"
            name={`dates.${i}.end`}
            label="Finishes"
            className="max-w-xs"
            error={errors[`dates.${i}.end`]}
            defaultValue={v[`dates.${i}.end`] ?? ''}
          />
          <SelectField
            name={`dates.${i}.roomId`}
            label="Room"
            placeholder="No room yet"
            options={rooms.map((r) => ({ value: String(r.id), label: r.name }))}
            error={errors[`dates.${i}.roomId`]}
            defaultValue={v[`dates.${i}.roomId`] ?? ''}
          />
        </fieldset>
      ))}
      <p className="mb-6 text-slate-700">
        A session with no dates takes sign-ups on the waitlist only; people are booked in order once you add a date.
      </p>
      <TextField
        name="capacity"
        label="Capacity"
        inputMode="numeric"
        className="max-w-32"
        error={errors.capacity}
        defaultValue={v.capacity ?? ''}
      />
      <CheckboxField
        name="waitlistEnabled"
        label="Let people join a waitlist when the session is full"
        defaultChecked={failed ? v.waitlistEnabled === 'on' : (defaults.waitlistEnabled ?? 'on') === 'on'}
      />
      <TextField
        name="cost"
        label="Normal cost (£)"
        hint="Leave empty or 0 for a free session. A cost makes the cost code required."
        optional
        inputMode="decimal"
        className="max-w-40"
        error={errors.cost}
        defaultValue={v.cost ?? ''}
      />
      <TextField
        type="datetime-local"
        name="signupOpens"
        label="Sign-up opens"
        hint="Leave empty to open now."
        optional
        className="max-w-xs"
        error={errors.signupOpens}
        defaultValue={v.signupOpens ?? ''}
      />
      <TextField
        type="datetime-local"
        name="signupCloses"
        label="Sign-up closes"
        hint="Leave empty to close when the session starts."
        optional
        className="max-w-xs"
        error={errors.signupCloses}
        defaultValue={v.signupCloses ?? ''}
      />
      <TextAreaField
        name="details"
        label="Details"
        optional
        rows={4}
        error={errors.details}
        defaultValue={v.details ?? ''}
      />
      <TextAreaField
        name="customFields"
        label="Extra details"
        hint="One per line as Label: value, for example Parking permit: Ask at reception"
        optional
        rows={3}
        error={errors.customFields}
        defaultValue={v.customFields ?? ''}
      />
      <SubmitButton>Save session</SubmitButton>
    </form>
  );
}
