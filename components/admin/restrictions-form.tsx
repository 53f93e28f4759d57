'use client';
import { CheckboxesField, RadiosField } from '@/components/ui/choices';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SavedMessage } from '@/components/ui/saved-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

const REQUIREMENTS = [
  { value: 'COMPLETE', label: 'Completed it' },
  { value: 'COMPLETE_PASS', label: 'Passed it' },
  { value: 'COMPLETE_FAIL', label: 'Completed it without passing' },
  { value: 'INCOMPLETE', label: 'Not completed it yet' },
];

/** Which other activities of the course an activity waits for. */
export function RestrictionsForm({
  action,
  activityId,
  others,
  required,
  requirement,
  aggregation,
}: {
  action: FormAction;
  activityId: number;
  /** The course's other activities. */
  others: { id: number; name: string }[];
  required: number[];
  requirement: string;
  aggregation: string;
}) {
  const f = useActionForm(action);
  const e = f.fieldErrors;
  return (
    <form key={f.formKey} action={f.formAction} noValidate className="mt-6 max-w-3xl">
      <ErrorSummary message={f.message} fieldErrors={e} />
      <SavedMessage message={f.done} />
      <input type="hidden" name="activityId" value={activityId} />
      <CheckboxesField
        name="requiredActivityIds"
        legend="Available only after"
        options={others.map((a) => ({ value: String(a.id), label: a.name }))}
        values={f.list('requiredActivityIds', required.map(String))}
        error={e.requiredActivityIds}
      />
      <RadiosField
        name="requirement"
        legend="What the learner must have done"
        options={REQUIREMENTS}
        value={f.value('requirement', requirement)}
        error={e.requirement}
      />
      <RadiosField
        name="aggregation"
        legend="With more than one activity chosen"
        options={[
          { value: 'ALL', label: 'All of them' },
          { value: 'ANY', label: 'Any one of them' },
        ]}
        value={f.value('aggregation', aggregation)}
        error={e.aggregation}
      />
      <SubmitButton>Save restrictions</SubmitButton>
    </form>
  );
}
