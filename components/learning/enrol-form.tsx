'use client';
import { CheckboxField } from '@/components/ui/checkbox';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

type Props = {
  action: FormAction;
  courseId: number;
  /** "Enter" (overview before content) or "Enrol" (after viewing the course page). */
  buttonText: string;
  /** Formatted cost, e.g. "£135.00", when the course has one. */
  cost: string | null;
};

/** Self-enrolment. A priced course asks the learner to confirm the spend is agreed first. */
export function EnrolForm({ action, courseId, buttonText, cost }: Props) {
  const f = useActionForm(action);
  return (
    <form key={f.formKey} action={f.formAction} noValidate>
      <ErrorSummary message={f.message} fieldErrors={f.fieldErrors} />
      <input type="hidden" name="courseId" value={courseId} />
      {cost ? (
        <CheckboxField
          name="costAgreed"
          value="yes"
          defaultChecked={f.checked('costAgreed')}
          label={`My line manager or budget holder has agreed the cost of ${cost}`}
          hint="Only enrol when the spend is agreed. The cost is charged to your team."
          error={f.fieldErrors.costAgreed}
        />
      ) : null}
      <SubmitButton pendingText="Enrolling…">{buttonText}</SubmitButton>
    </form>
  );
}
