'use client';
import Link from 'next/link';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
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
  const f = useActionForm(cancelBookingAction);
  const errors = f.fieldErrors;
  return (
    <form key={f.formKey} action={f.formAction} noValidate className="mt-6">
      <ErrorSummary message={f.message} fieldErrors={errors} />
      <input type="hidden" name="bookingId" value={bookingId} />
      <SelectField
        name="reason"
        label="Cancellation reason"
        options={reasons.map((r) => ({ value: r, label: r }))}
        error={errors.reason}
        defaultValue={f.value('reason')}
      />
      <TextAreaField
        name="details"
        label="Further details"
        optional
        rows={4}
        error={errors.details}
        defaultValue={f.value('details')}
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
