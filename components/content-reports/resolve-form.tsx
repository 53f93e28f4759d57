'use client';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

/** The owning team marks a report resolved, with a note the learner receives by email. */
export function ResolveContentReportForm({ action, reportId }: { action: FormAction; reportId: number }) {
  const { formAction, formKey, message, fieldErrors, done, value } = useActionForm(action);
  if (done)
    return (
      <p role="status" className="mt-4 font-semibold text-green-800">
        {done}
      </p>
    );
  return (
    <form action={formAction} key={formKey} className="mt-4">
      <ErrorSummary message={message} fieldErrors={fieldErrors} />
      <input type="hidden" name="reportId" value={reportId} />
      <TextAreaField
        name="note"
        label="Note for the learner"
        hint="What you changed, or why nothing needed to change. We email it to them."
        optional
        rows={3}
        defaultValue={value('note')}
        error={fieldErrors.note}
      />
      <SubmitButton>Mark resolved and email the learner</SubmitButton>
    </form>
  );
}
