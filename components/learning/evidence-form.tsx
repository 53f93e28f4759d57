'use client';
import { useActionState } from 'react';
import { CheckboxField } from '@/components/ui/checkbox';
import { ErrorSummary } from '@/components/ui/error-summary';
import { FieldShell, TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionResult } from '@/lib/action-result';

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
  action: (prev: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  initial: Values;
  accept: string;
  typesText: string;
  submitText: string;
};

/** Add or edit Other Evidence: title, description, date, hours, provider and an optional file. */
export function EvidenceForm({ action, initial, accept, typesText, submitText }: Props) {
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const v = (name: keyof Values) => failed?.values?.[name] ?? String(initial[name] ?? '');
  const e = failed?.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="mt-6 max-w-2xl">
      <ErrorSummary message={failed && Object.keys(e).length === 0 ? failed.message : undefined} fieldErrors={e} />
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
      <FieldShell
        name="file"
        label={initial.filename ? 'Replace the file' : 'Upload a file'}
        optional
        hint={`${typesText}, smaller than 10 MB. For example, a certificate.`}
        error={e.file}
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            name="file"
            type="file"
            accept={accept}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className="block w-full max-w-full text-base file:mr-4 file:min-h-11 file:border-0 file:bg-slate-200 file:px-4 file:font-semibold"
          />
        )}
      </FieldShell>
      {initial.filename ? (
        <CheckboxField
          name="removeFile"
          value="yes"
          label={`Remove the current file (${initial.filename})`}
          defaultChecked={failed?.values?.removeFile === 'yes'}
        />
      ) : null}
      <SubmitButton>{submitText}</SubmitButton>
    </form>
  );
}

/** Delete with a confirming second step on the same page. */
export function DeleteEvidenceForm({ action, id, title }: { action: Props['action']; id: number; title: string }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="mt-4">
      {state && !state.ok ? (
        <p role="alert" className="mb-2 font-semibold text-red-700">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="warning" pendingText="Deleting…">
        Yes, delete {title}
      </SubmitButton>
    </form>
  );
}
