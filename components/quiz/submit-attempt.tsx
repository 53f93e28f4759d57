'use client';
import { useRef } from 'react';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';

/** "Submit all and finish" with a confirmation dialog (native <dialog>: it traps and returns focus). */
export function SubmitAttempt({
  action: finishAttemptAction,
  attemptId,
  activityId,
  unanswered,
}: {
  action: FormAction;
  attemptId: number;
  activityId: number;
  unanswered: number;
}) {
  const { formAction, message, fieldErrors } = useActionForm(finishAttemptAction);
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  // The dialog opens on the safe choice: showModal() would focus its first control, "Submit all and finish".
  const open = () => {
    dialog.current?.showModal();
    cancel.current?.focus();
  };
  return (
    <>
      <ErrorSummary message={message} fieldErrors={fieldErrors} />
      <Button onClick={open}>Submit all and finish</Button>
      <dialog
        ref={dialog}
        aria-labelledby="confirm-submit-title"
        className="m-auto w-[min(32rem,calc(100vw-2rem))] border-4 border-slate-800 p-6 backdrop:bg-black/50"
      >
        <h2 id="confirm-submit-title" className="text-2xl font-bold">
          Submit your answers?
        </h2>
        <p className="mt-4 text-lg">Once you submit, you will not be able to change your answers for this attempt.</p>
        {unanswered > 0 ? (
          <p className="mt-2 text-lg font-semibold">
            You have not answered {unanswered} question{unanswered === 1 ? '' : 's'}.
          </p>
        ) : null}
        <form action={formAction} className="mt-6 flex flex-wrap gap-4">
          <input type="hidden" name="attemptId" value={attemptId} />
          <input type="hidden" name="activityId" value={activityId} />
          <SubmitButton pendingText="Submitting…">Submit all and finish</SubmitButton>
          <Button ref={cancel} variant="secondary" onClick={() => dialog.current?.close()}>
            Cancel
          </Button>
        </form>
      </dialog>
    </>
  );
}
