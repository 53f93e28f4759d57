'use client';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { CheckboxesField, RadiosField } from '@/components/ui/choices';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { SavedMessage } from '@/components/ui/saved-message';

type Person = { bookingId: number; name: string; username: string; status: string };

const OPTIONS = [
  { value: 'FULLY_ATTENDED', label: 'Fully attended' },
  { value: 'PARTIALLY_ATTENDED', label: 'Partially attended' },
  { value: 'NO_SHOW', label: 'No show' },
];

export function AttendanceForm({
  action,
  sessionId,
  people,
}: {
  action: FormAction;
  sessionId: number;
  people: Person[];
}) {
  const f = useActionForm(action);
  return (
    <form key={f.formKey} action={f.formAction} noValidate>
      <ErrorSummary message={f.message} fieldErrors={f.fieldErrors} />
      <SavedMessage message={f.done} />
      <input type="hidden" name="sessionId" value={sessionId} />
      {people.map((p) => (
        <RadiosField
          key={p.bookingId}
          name={`attendance.${p.bookingId}`}
          legend={
            <>
              {p.name} <span className="font-normal text-slate-700">({p.username})</span>
            </>
          }
          inline
          options={OPTIONS}
          value={f.value(`attendance.${p.bookingId}`, p.status)}
          error={f.fieldErrors[`attendance.${p.bookingId}`]}
        />
      ))}
      <SubmitButton>Save attendance</SubmitButton>
    </form>
  );
}

export function AddAttendeesForm({ action, sessionId }: { action: FormAction; sessionId: number }) {
  const f = useActionForm(action);
  return (
    <form key={f.formKey} action={f.formAction} noValidate>
      <ErrorSummary message={f.message} fieldErrors={f.fieldErrors} />
      <SavedMessage message={f.done} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <TextAreaField
        name="usernames"
        label="Usernames"
        hint="One or more usernames, separated by spaces, commas or new lines. People are booked while seats remain, then wait-listed."
        rows={3}
        error={f.fieldErrors.usernames}
        defaultValue={f.values.usernames ?? ''}
      />
      <SubmitButton variant="secondary">Add attendees</SubmitButton>
    </form>
  );
}

export function WaitlistForm({
  action,
  sessionId,
  people,
}: {
  action: FormAction;
  sessionId: number;
  people: Person[];
}) {
  const f = useActionForm(action);
  return (
    <form key={f.formKey} action={f.formAction} noValidate>
      <ErrorSummary message={f.message} fieldErrors={f.fieldErrors} />
      <SavedMessage message={f.done} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <CheckboxesField
        name="bookingIds"
        legend="Who to book"
        hint="In the order they joined the waiting list."
        options={people.map((p, i) => ({ value: String(p.bookingId), label: `${i + 1}. ${p.name} (${p.username})` }))}
        values={f.list('bookingIds')}
        error={f.fieldErrors.bookingIds}
      />
      <SubmitButton variant="secondary">Book selected people</SubmitButton>
      <p className="mt-2 text-slate-700">This books them even if the session is already full.</p>
    </form>
  );
}

export function MoveBookingForm({
  action,
  sessionId,
  people,
  sessions,
}: {
  action: FormAction;
  sessionId: number;
  people: Person[];
  sessions: { id: number; label: string }[];
}) {
  const f = useActionForm(action);
  return (
    <form key={f.formKey} action={f.formAction} noValidate>
      <ErrorSummary message={f.message} fieldErrors={f.fieldErrors} />
      <SavedMessage message={f.done} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <SelectField
        name="bookingId"
        label="Person"
        options={people.map((p) => ({
          value: String(p.bookingId),
          label: `${p.name} (${p.status === 'WAITLISTED' ? 'wait-listed' : 'booked'})`,
        }))}
        error={f.fieldErrors.bookingId}
        defaultValue={f.values.bookingId ?? ''}
      />
      <SelectField
        name="toSessionId"
        label="Move to session"
        options={sessions.map((s) => ({ value: String(s.id), label: s.label }))}
        error={f.fieldErrors.toSessionId}
        defaultValue={f.values.toSessionId ?? ''}
      />
      <SubmitButton variant="secondary">Move booking</SubmitButton>
    </form>
  );
}

export function CancelSessionForm({ action, sessionId }: { action: FormAction; sessionId: number }) {
  const f = useActionForm(action);
  return (
    <form key={f.formKey} action={f.formAction} noValidate className="mt-6">
      <ErrorSummary message={f.message} fieldErrors={f.fieldErrors} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <TextAreaField
        name="reason"
        label="Reason for cancelling"
        hint="Everyone booked or wait-listed sees this in their cancellation email."
        rows={3}
        error={f.fieldErrors.reason}
        defaultValue={f.values.reason ?? ''}
      />
      <SubmitButton variant="warning" pendingText="Cancelling…">
        Cancel this session
      </SubmitButton>
    </form>
  );
}
