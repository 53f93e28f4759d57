'use client';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextAreaField } from '@/components/ui/field';
import { SavedMessage } from '@/components/ui/saved-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

/** Admin › course › Enrolments: enrol people by username. */
export function EnrolUsersForm({ action, courseId }: { action: FormAction; courseId: number }) {
  const f = useActionForm(action);
  return (
    <form key={f.formKey} action={f.formAction} noValidate className="mt-6 max-w-3xl">
      <ErrorSummary message={f.message} fieldErrors={f.fieldErrors} />
      <SavedMessage message={f.done} />
      <input type="hidden" name="courseId" value={courseId} />
      <TextAreaField
        name="usernames"
        label="Usernames"
        hint="One per line, or separated by commas. Usernames are case-sensitive."
        rows={4}
        defaultValue={f.value('usernames')}
        error={f.fieldErrors.usernames}
      />
      <SubmitButton>Enrol</SubmitButton>
    </form>
  );
}
