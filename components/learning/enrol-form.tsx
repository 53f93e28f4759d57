'use client';
import { useActionState } from 'react';
import { CheckboxField } from '@/components/ui/checkbox';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionResult } from '@/lib/action-result';

type Props = {
  action: (prev: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  courseId: number;
  /** "Enter" (overview before content) or "Enrol" (after viewing the course page). */
  buttonText: string;
  /** Formatted cost, e.g. "£135.00", when the course has one. */
  cost: string | null;
};

/** Self-enrolment. A priced course asks the learner to confirm the spend is agreed first. */
export function EnrolForm({ action, courseId, buttonText, cost }: Props) {
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} noValidate>
      <ErrorSummary message={failed?.message} fieldErrors={failed?.fieldErrors} />
      <input type="hidden" name="courseId" value={courseId} />
      {cost ? (
        <CheckboxField
          name="costAgreed"
          value="yes"
          defaultChecked={failed?.values?.costAgreed === 'yes'}
          label={`My line manager or budget holder has agreed the cost of ${cost}`}
          hint="Only enrol when the spend is agreed. The cost is charged to your team."
          error={failed?.fieldErrors.costAgreed}
        />
      ) : null}
      <SubmitButton pendingText="Enrolling…">{buttonText}</SubmitButton>
    </form>
  );
}
