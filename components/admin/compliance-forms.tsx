'use client';
// L&D's compliance forms: a learner's certification record (state, dates and a reason), issuing a certificate by
// hand, and revoking one. Each takes its action as a prop and keeps what was typed after a refused submit.
import { RadiosField } from '@/components/ui/choices';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { SavedMessage } from '@/components/ui/saved-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

type Values = Partial<Record<string, string>>;

function useForm(action: FormAction, initial: Values) {
  const f = useActionForm(action);
  const e = f.fieldErrors;
  const text = (name: string) => ({ name, defaultValue: f.value(name, initial[name]), error: e[name] });
  return { f, e, text };
}

const STATES = [
  { value: 'not_certified', label: 'Not certified', hint: 'Assigned and not started; no completion dates' },
  { value: 'in_progress', label: 'In progress', hint: 'Started, never certified; no completion dates' },
  { value: 'certified', label: 'Certified', hint: 'Needs the completion, window opens and expiry dates' },
  {
    value: 'window_open',
    label: 'Window open (due for renewal)',
    hint: 'Certified until the expiry date, renewal due; the window date must have passed',
  },
  { value: 'expired', label: 'Expired', hint: 'Needs the due date (the day it expired); the dates are cleared' },
];

/** Edit one learner's certification record; `version` is the record's updatedAt when the page was read. */
export function CertificationRecordForm({
  action,
  programId,
  userId,
  version,
  initial,
}: {
  action: FormAction;
  programId: number;
  userId: number;
  version: string;
  initial: Values;
}) {
  const { f, e, text } = useForm(action, initial);
  return (
    <form key={f.formKey} action={f.formAction} noValidate className="mt-4 max-w-3xl">
      <ErrorSummary message={f.message} fieldErrors={e} />
      <SavedMessage message={f.done} />
      <input type="hidden" name="programId" value={programId} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="version" value={f.value('version', version)} />
      <RadiosField
        name="state"
        legend="State"
        options={STATES}
        value={f.value('state', initial.state)}
        error={e.state}
      />
      <div className="flex flex-wrap gap-4">
        <TextField type="date" label="Completion date" optional className="max-w-xs" {...text('timeCompleted')} />
        <TextField type="date" label="Window opens" optional className="max-w-xs" {...text('timeWindowOpens')} />
        <TextField type="date" label="Expiry date" optional className="max-w-xs" {...text('timeExpires')} />
      </div>
      <TextField
        type="date"
        label="Due date"
        hint="When someone not certified must be certified by"
        optional
        className="max-w-xs"
        {...text('dueAt')}
      />
      <TextAreaField
        label="Reason for the change"
        hint="Kept in the audit trail below with your name and the time"
        rows={3}
        {...text('reason')}
      />
      <SubmitButton>Save the record</SubmitButton>
    </form>
  );
}

/** Issue a certificate of the course by hand. */
export function IssueCertificateForm({
  action,
  courseId,
  certificates,
}: {
  action: FormAction;
  courseId: number;
  certificates: { id: number; name: string }[];
}) {
  const { f, text } = useForm(action, { certificateId: certificates[0] ? String(certificates[0].id) : '' });
  return (
    <form key={f.formKey} action={f.formAction} noValidate className="mt-4 max-w-3xl">
      <ErrorSummary message={f.message} fieldErrors={f.fieldErrors} />
      <SavedMessage message={f.done} />
      <input type="hidden" name="courseId" value={courseId} />
      <SelectField
        label="Certificate"
        options={certificates.map((c) => ({ value: String(c.id), label: c.name }))}
        {...text('certificateId')}
      />
      <TextField
        label="Username"
        hint="Usernames are case-sensitive, for example 90011"
        className="max-w-xs"
        {...text('username')}
      />
      <TextField
        type="date"
        label="Completion date"
        hint="Leave blank to use the date they completed the course in iLearn+"
        optional
        className="max-w-xs"
        {...text('completedAt')}
      />
      <TextAreaField label="Reason" hint="Kept in the audit log" rows={3} {...text('reason')} />
      <SubmitButton>Issue certificate</SubmitButton>
    </form>
  );
}

/** Revoke one issued certificate, with the reason the learner will see. */
export function RevokeCertificateForm({
  action,
  courseId,
  issueId,
}: {
  action: FormAction;
  courseId: number;
  issueId: number;
}) {
  const { f, text } = useForm(action, {});
  return (
    <form key={f.formKey} action={f.formAction} noValidate className="mt-4 max-w-3xl">
      <ErrorSummary message={f.message} fieldErrors={f.fieldErrors} />
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="issueId" value={issueId} />
      <TextAreaField
        label="Reason"
        hint="The learner sees this on their certificate page"
        rows={3}
        {...text('reason')}
      />
      <SubmitButton variant="warning">Revoke certificate</SubmitButton>
    </form>
  );
}
