'use client';
import { CheckboxField } from '@/components/ui/checkbox';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextAreaField, TextField } from '@/components/ui/field';
import { FileField } from '@/components/ui/file-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { EVIDENCE_MAX_BYTES } from '@/lib/evidence/rules';

type Values = {
  id?: number;
  title: string;
  description: string;
  provider: string;
  completedOn: string;
  hours: string;
  filename: string | null;
};

type Props = {
  action: FormAction;
  initial: Values;
  accept: string;
  typesText: string;
  submitText: string;
};

/** Add or edit Other Evidence: title, description, date, hours, provider and an optional file. */
export function EvidenceForm({ action, initial, accept, typesText, submitText }: Props) {
  const f = useActionForm(action);
  const v = (name: keyof Values) => f.value(name, String(initial[name] ?? ''));
  const e = f.fieldErrors;
  return (
    <form key={f.formKey} action={f.formAction} noValidate className="mt-6 max-w-2xl">
      <ErrorSummary message={f.message} fieldErrors={e} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <TextField
        name="title"
        label="Title"
        hint="For example, First Aid at Work (external course)"
        defaultValue={v('title')}
        error={e.title}
        maxLength={200}
      />
      <TextAreaField
        name="description"
        label="Description"
        optional
        defaultValue={v('description')}
        error={e.description}
      />
      <TextField
        name="provider"
        label="Who provided the learning"
        optional
        defaultValue={v('provider')}
        error={e.provider}
      />
      <TextField
        name="completedOn"
        type="date"
        label="Date completed"
        defaultValue={v('completedOn')}
        error={e.completedOn}
        className="max-w-xs"
      />
      <TextField
        name="hours"
        label="Hours of learning"
        hint="For example, 1.5"
        optional
        inputMode="decimal"
        defaultValue={v('hours')}
        error={e.hours}
        className="max-w-32"
      />
      <FileField
        name="file"
        label={initial.filename ? 'Replace the file' : 'Upload a file'}
        optional
        hint={`${typesText}, 10 MB or smaller. For example, a certificate.`}
        maxBytes={EVIDENCE_MAX_BYTES}
        accept={accept}
        error={e.file}
      />
      {initial.filename ? (
        <CheckboxField
          name="removeFile"
          value="yes"
          label={`Remove the current file (${initial.filename})`}
          defaultChecked={f.checked('removeFile')}
        />
      ) : null}
      <SubmitButton>{submitText}</SubmitButton>
    </form>
  );
}

/** Delete with a confirming second step on the same page. */
export function DeleteEvidenceForm({ action, id, title }: { action: Props['action']; id: number; title: string }) {
  const { formAction, message } = useActionForm(action);
  return (
    <form action={formAction} className="mt-4">
      {message ? (
        <p role="alert" className="mb-2 font-semibold text-red-700">
          {message}
        </p>
      ) : null}
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="warning" pendingText="Deleting…">
        Yes, delete {title}
      </SubmitButton>
    </form>
  );
}
