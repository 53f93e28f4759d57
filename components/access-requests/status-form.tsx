'use client';
import { ErrorSummary } from '@/components/ui/error-summary';
import { RadiosField } from '@/components/ui/choices';
import { TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { SETTABLE_STATUSES, STATUS_LABELS } from '@/lib/access-requests/rules';

/** The owning team's status change, with the note the learner sees (required to refuse). */
export function AccessStatusForm({
  action,
  requestId,
  status,
  note,
}: {
  action: FormAction;
  requestId: number;
  status: string;
  note: string;
}) {
  const { formAction, formKey, message, fieldErrors, done, value } = useActionForm(action);
  return (
    <form action={formAction} key={formKey} className="mt-4">
      {done ? (
        <p role="status" className="mb-4 font-semibold text-green-800">
          {done}
        </p>
      ) : null}
      <ErrorSummary message={message} fieldErrors={fieldErrors} />
      <input type="hidden" name="requestId" value={requestId} />
      <RadiosField
        name="status"
        legend="Status"
        value={value('status', status)}
        error={fieldErrors.status}
        options={SETTABLE_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
      />
      <TextAreaField
        name="note"
        label="Note for the learner"
        hint="They see it on the course page and in the email. Required when you refuse a request."
        optional
        rows={3}
        defaultValue={value('note', note)}
        error={fieldErrors.note}
      />
      <SubmitButton>Save and email the learner</SubmitButton>
    </form>
  );
}
