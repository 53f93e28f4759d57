'use client';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

/** "Send reminder" for one direct report; says what happened next to the button. */
export function ReminderForm({
  action,
  userId,
  name,
  disabledReason,
}: {
  action: FormAction;
  userId: number;
  name: string;
  /** Why no reminder can go (no email address, one already sent today): shown instead of the button. */
  disabledReason?: string | null;
}) {
  const { formAction, message, done } = useActionForm(action);
  if (disabledReason && !done) return <p className="text-slate-700">{disabledReason}</p>;
  return (
    <form action={formAction}>
      <input type="hidden" name="userId" value={userId} />
      {done ? null : (
        <SubmitButton variant="secondary" pendingText="Sending…">
          Send reminder<span className="sr-only"> to {name}</span>
        </SubmitButton>
      )}
      {message ? (
        <p role="alert" className="mt-2 font-semibold text-red-700">
          {message}
        </p>
      ) : null}
      {done ? (
        <p role="status" className="mt-2 font-semibold text-green-800">
          {done}
        </p>
      ) : null}
    </form>
  );
}
