'use client';
import { CheckboxField } from '@/components/ui/checkbox';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextAreaField } from '@/components/ui/field';
import { SavedMessage } from '@/components/ui/saved-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

/**
 * Admin › course › Enrolments: enrol people by username. When someone listed cannot find the course, the action
 * refuses with a warning on `enrolAnyway`, and the "Enrol anyway" checkbox appears to override it deliberately.
 */
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
      {f.fieldErrors.enrolAnyway || f.checked('enrolAnyway') ? (
        <CheckboxField
          name="enrolAnyway"
          value="yes"
          label="Enrol anyway"
          hint="They will be enrolled although the course is not open to them, and will see it in My Learning."
          defaultChecked={f.checked('enrolAnyway')}
          error={f.fieldErrors.enrolAnyway}
        />
      ) : null}
      <SubmitButton>Enrol</SubmitButton>
    </form>
  );
}
