'use client';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

export function DecideRequestForms({
  requestId,
  organisations,
  organisationId,
  approve,
  reject,
}: {
  requestId: number;
  organisations: { value: string; label: string }[];
  organisationId: string;
  approve: FormAction;
  reject: FormAction;
}) {
  const a = useActionForm(approve);
  const r = useActionForm(reject);
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <form key={a.formKey} action={a.formAction} noValidate aria-labelledby="approve-heading">
        <h2 id="approve-heading" className="mb-4 text-2xl font-bold">
          Approve
        </h2>
        <ErrorSummary message={a.message} fieldErrors={a.fieldErrors} />
        <input type="hidden" name="id" value={requestId} />
        <SelectField
          name="organisationId"
          label="Organisation for the account"
          options={organisations}
          defaultValue={a.value('organisationId', organisationId)}
          error={a.fieldErrors.organisationId}
        />
        <p className="mb-4">
          We create the account with a firstname.surname username and email the login details with a temporary password.
        </p>
        <SubmitButton pendingText="Approving…">Approve and create account</SubmitButton>
      </form>
      <form key={r.formKey} action={r.formAction} noValidate aria-labelledby="reject-heading">
        <h2 id="reject-heading" className="mb-4 text-2xl font-bold">
          Reject
        </h2>
        <ErrorSummary message={r.message} fieldErrors={r.fieldErrors} />
        <input type="hidden" name="id" value={requestId} />
        <TextAreaField
          name="reason"
          label="Reason"
          hint="We email this to the person, so write it for them."
          defaultValue={r.value('reason')}
          error={r.fieldErrors.reason}
        />
        <SubmitButton variant="warning" pendingText="Rejecting…">
          Reject request
        </SubmitButton>
      </form>
    </div>
  );
}
