'use client';
import { useActionState } from 'react';
import type { ActionResult } from '@/lib/action-result';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (prev: ActionResult | undefined, data: FormData) => Promise<ActionResult>;

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
  approve: Action;
  reject: Action;
}) {
  const [approveState, approveAction] = useActionState(approve, undefined);
  const [rejectState, rejectAction] = useActionState(reject, undefined);
  const a = approveState && !approveState.ok ? approveState : undefined;
  const r = rejectState && !rejectState.ok ? rejectState : undefined;
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <form action={approveAction} noValidate aria-labelledby="approve-heading">
        <h2 id="approve-heading" className="mb-4 text-2xl font-bold">
          Approve
        </h2>
        <ErrorSummary message={a?.message} fieldErrors={a?.fieldErrors} />
        <input type="hidden" name="id" value={requestId} />
        <SelectField
          name="organisationId"
          label="Organisation for the account"
          options={organisations}
          defaultValue={a?.values?.organisationId ?? organisationId}
          error={a?.fieldErrors.organisationId}
        />
        <p className="mb-4">
          We create the account with a firstname.surname username and email the login details with a temporary password.
        </p>
        <SubmitButton pendingText="Approving…">Approve and create account</SubmitButton>
      </form>
      <form action={rejectAction} noValidate aria-labelledby="reject-heading">
        <h2 id="reject-heading" className="mb-4 text-2xl font-bold">
          Reject
        </h2>
        <ErrorSummary message={r?.message} fieldErrors={r?.fieldErrors} />
        <input type="hidden" name="id" value={requestId} />
        <TextAreaField
          name="reason"
          label="Reason"
          hint="We email this to the person, so write it for them."
          defaultValue={r?.values?.reason}
          error={r?.fieldErrors.reason}
        />
        <SubmitButton variant="warning" pendingText="Rejecting…">
          Reject request
        </SubmitButton>
      </form>
    </div>
  );
}
