'use client';
import Link from 'next/link';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionResult } from '@/lib/action-result';
import { cancelBookingAction } from './actions';

export function CancelBookingForm({
  bookingId,
  reasons,
  backHref,
}: {
  bookingId: number;
  reasons: string[];
  backHref: string;
}) {
  const [state, action] = useActionState<ActionResult | null, FormData>(cancelBookingAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = (state && !state.ok ? state.values : undefined) ?? {};
  return (
    <form action={action} noValidate className="mt-6">
      <ErrorSummary message={state && !state.ok ? state.message : undefined} fieldErrors={errors} />
      <input type="hidden" name="bookingId" value={bookingId} />
      <SelectField
        name="reason"
        label="Cancellation reason"
        options={reasons.map((r) => ({ value: r, label: r }))}
        error={errors.reason}
        defaultValue={values.reason ?? ''}
      />
      <TextAreaField
        name="details"
        label="Further details"
        optional
        rows={4}
        error={errors.details}
        defaultValue={values.details ?? ''}
      />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton variant="warning" pendingText="Cancelling…">
          Yes, cancel my booking
        </SubmitButton>
        <Link href={backHref} className="text-[var(--link)] underline">
          No, keep my booking
        </Link>
      </div>
    </form>
  );
}
