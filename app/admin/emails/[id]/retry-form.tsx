'use client';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { retryEmailAction } from './actions';

export function RetryEmailForm({ id }: { id: number }) {
  const { formAction, message } = useActionForm(retryEmailAction);
  return (
    <form action={formAction} className="mb-6">
      {message ? (
        <p role="alert" className="mb-4 border-l-4 border-red-700 pl-4 font-semibold text-red-700">
          {message}
        </p>
      ) : null}
      <input type="hidden" name="id" value={id} />
      <SubmitButton pendingText="Queuing…">Retry sending</SubmitButton>
    </form>
  );
}
