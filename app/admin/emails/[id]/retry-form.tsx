'use client';
import { useActionState } from 'react';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionResult } from '@/lib/action-result';
import { retryEmailAction } from './actions';

export function RetryEmailForm({ id }: { id: number }) {
  const [state, action] = useActionState<ActionResult | null, FormData>(retryEmailAction, null);
  if (state?.ok) return <NotificationBanner tone="success">{state.message}</NotificationBanner>;
  return (
    <form action={action} className="mb-6">
      {state && !state.ok ? (
        <p role="alert" className="mb-4 border-l-4 border-red-700 pl-4 font-semibold text-red-700">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="id" value={id} />
      <SubmitButton pendingText="Queuing…">Retry sending</SubmitButton>
    </form>
  );
}
