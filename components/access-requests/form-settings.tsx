'use client';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

type Initial = { systemName: string; instructionsHtml: string; notifyEmail: string; fieldLines: string };

/** Set-up of an access request activity: the system, instructions, where requests are emailed, the questions. */
export function AccessFormSettings({
  action,
  activityId,
  initial,
}: {
  action: FormAction;
  activityId: number;
  initial: Initial;
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
      <input type="hidden" name="activityId" value={activityId} />
      <TextField
        name="systemName"
        label="System"
        hint="For example LCS, IES or EYES."
        defaultValue={value('systemName', initial.systemName)}
        error={fieldErrors.systemName}
      />
      <TextAreaField
        name="instructionsHtml"
        label="Instructions"
        hint="Shown above the form: what happens next and how long it takes. Simple HTML is allowed."
        optional
        defaultValue={value('instructionsHtml', initial.instructionsHtml)}
        error={fieldErrors.instructionsHtml}
      />
      <TextField
        name="notifyEmail"
        type="email"
        label="Email new requests to"
        hint="The systems team's shared mailbox. Requests are always listed in Admin › Access requests too."
        optional
        defaultValue={value('notifyEmail', initial.notifyEmail)}
        error={fieldErrors.notifyEmail}
      />
      <TextAreaField
        name="fieldLines"
        label="Questions"
        hint={
          <>
            One question on each line. Add “(optional)” at the end of a question people may leave blank; start a line
            with “Long:” for a long answer; put choices in square brackets separated by | for a dropdown, for example
            “Your area [North | South | East | West]”.
          </>
        }
        rows={6}
        defaultValue={value('fieldLines', initial.fieldLines)}
        error={fieldErrors.fieldLines}
      />
      <SubmitButton>Save request form</SubmitButton>
    </form>
  );
}
