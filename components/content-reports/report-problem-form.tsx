'use client';
import Link from 'next/link';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

export const COURSE_IN_GENERAL = 'The course in general';

/**
 * "Report a problem with this content": where the problem is (the course in general or one of its activities) and
 * what it is. After sending, the form gives way to what happens next and a way back to the course.
 */
export function ReportProblemForm({
  action,
  courseId,
  activities,
  activityId,
}: {
  action: FormAction;
  courseId: number;
  activities: { id: number; name: string }[];
  /** The activity the learner came from, chosen already. */
  activityId?: number | null;
}) {
  const { formAction, formKey, message, fieldErrors, done, value } = useActionForm(action);
  if (done) {
    return (
      <div role="status" className="mt-6 border-l-4 border-green-700 bg-green-50 p-4">
        <h2 className="text-xl font-bold">Report sent</h2>
        <p className="mt-2">{done}</p>
        <p className="mt-4">
          <Link href={`/courses/${courseId}`} className="text-[var(--link)] underline">
            Back to the course
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} key={formKey} className="mt-6" noValidate>
      <ErrorSummary message={message} fieldErrors={fieldErrors} />
      <input type="hidden" name="courseId" value={courseId} />
      <SelectField
        name="activityId"
        label="Where is the problem?"
        placeholder={COURSE_IN_GENERAL}
        options={activities.map((a) => ({ value: String(a.id), label: a.name }))}
        defaultValue={value('activityId', activityId ? String(activityId) : '')}
        error={fieldErrors.activityId}
      />
      <TextAreaField
        name="message"
        label="What is the problem?"
        hint="For example a broken link, a video that does not play, or information that is out of date. Say what you saw and where, so the team can find it."
        rows={6}
        maxLength={4000}
        defaultValue={value('message')}
        error={fieldErrors.message}
      />
      <SubmitButton pendingText="Sending…">Send report</SubmitButton>
    </form>
  );
}
