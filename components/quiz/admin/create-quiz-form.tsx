'use client';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionResult } from '@/lib/action-result';

/** "Add a quiz": a course (fixed, or chosen from those the admin manages) and a name. */
export function CreateQuizForm({
  action: createQuizAction,
  courses,
  courseId,
}: {
  action: FormAction;
  courses?: { id: number; fullName: string }[];
  courseId?: number;
}) {
  const { state: result, formAction, formKey } = useActionForm(createQuizAction);
  const state: ActionResult = result ?? { ok: true };
  const values = state.ok ? undefined : state.values;
  const errors = state.ok ? {} : state.fieldErrors;
  return (
    <form key={formKey} action={formAction} noValidate className="max-w-xl">
      {state.ok ? null : <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />}
      {courseId ? (
        <input type="hidden" name="courseId" value={courseId} />
      ) : (
        <SelectField
          name="courseId"
          label="Course"
          defaultValue={values?.courseId ?? ''}
          error={errors.courseId}
          options={(courses ?? []).map((c) => ({ value: String(c.id), label: c.fullName }))}
        />
      )}
      <TextField name="name" label="Quiz name" defaultValue={values?.name ?? ''} error={errors.name} />
      <SubmitButton>Add quiz</SubmitButton>
    </form>
  );
}
