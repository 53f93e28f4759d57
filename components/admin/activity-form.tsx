'use client';
// The activity form, shared by "Add an activity" and "Edit activity".
import type { ReactNode } from 'react';
import { CheckboxField } from '@/components/ui/checkbox';
import { RadiosField } from '@/components/ui/choices';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FileField } from '@/components/ui/file-field';
import { UPLOAD_MAX_BYTES } from '@/lib/upload-limits';
import { FormSectionHeading, SavedMessage } from '@/components/ui/saved-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

/** Text, select and radio values by field name; checkboxes are 'yes' when ticked. */
export type ActivityValues = Partial<Record<string, string>>;

const COMPLETION_MODES = [
  {
    value: 'AUTOMATIC',
    label: 'Automatically, when the conditions below are met',
    hint: 'With none ticked: viewed for pages, links and files; a grade for quizzes; status for eLearning; attendance for workshops; a submission for feedback',
  },
  { value: 'MANUAL', label: 'Learners tick it off themselves' },
  { value: 'NONE', label: 'Not tracked' },
];

const CONDITIONS: [name: string, label: string][] = [
  ['requireView', 'Must be viewed'],
  ['requireGrade', 'Must receive a grade (quiz, eLearning)'],
  ['requirePassingGrade', 'Must receive a passing grade (a fail shows as complete, not passed)'],
  ['requireScormStatus', 'eLearning must report completed or passed'],
];

export function ActivityForm({
  action,
  submitText,
  courseId,
  activityId,
  types,
  initial: v = {},
  file,
}: {
  action: FormAction;
  submitText: string;
  /** Adding: the course it goes in. */
  courseId?: number;
  /** Editing: the activity. */
  activityId?: number;
  /** The types to choose from when adding; when editing the type is fixed (`initial.type`). */
  types?: { value: string; label: string; hint?: ReactNode }[];
  initial?: ActivityValues;
  /** A file upload (file activities). */
  file?: { label: string; hint: string; accept: string };
}) {
  const f = useActionForm(action);
  const e = f.fieldErrors;
  const text = (name: string) => ({ name, defaultValue: f.value(name, v[name]), error: e[name] });
  const tick = (name: string, fallback = false) => ({
    name,
    value: 'yes',
    defaultChecked: f.checked(name, v[name] === undefined ? fallback : v[name] === 'yes'),
    error: e[name],
  });
  return (
    <form key={f.formKey} action={f.formAction} noValidate className="mt-6 max-w-3xl">
      <ErrorSummary message={f.message} fieldErrors={e} />
      <SavedMessage message={f.done} />
      {courseId ? <input type="hidden" name="courseId" value={courseId} /> : null}
      {activityId ? <input type="hidden" name="activityId" value={activityId} /> : null}
      {types ? (
        <RadiosField
          name="type"
          legend="Type of activity"
          hint="Quizzes, workshops, eLearning and the others are set up further on their own admin pages once added."
          options={types}
          value={f.value('type', v.type ?? 'PAGE')}
          error={e.type}
        />
      ) : (
        <input type="hidden" name="type" value={v.type ?? 'PAGE'} />
      )}
      <TextField label="Name" {...text('name')} />
      <TextField
        label="Section heading"
        hint="Activities with the same heading are grouped, for example Week one"
        optional
        {...text('sectionName')}
      />
      <TextAreaField label="Description" optional rows={3} {...text('descriptionHtml')} />
      <TextAreaField label="Page content (pages only)" optional rows={8} {...text('contentHtml')} />
      <TextField label="Web address (web links only)" optional {...text('url')} />
      <CheckboxField label="Show to learners" {...tick('visible', true)} />

      <FormSectionHeading>Completion</FormSectionHeading>
      <RadiosField
        name="completionMode"
        legend="How is it completed?"
        options={COMPLETION_MODES}
        value={f.value('completionMode', v.completionMode ?? 'AUTOMATIC')}
        error={e.completionMode}
      />
      {CONDITIONS.map(([name, label]) => (
        <CheckboxField key={name} label={label} {...tick(name)} />
      ))}
      <TextField label="Minimum score (%)" optional className="max-w-32" {...text('requireMinScore')} />
      <CheckboxField label="Must be submitted (feedback, access request)" {...tick('requireSubmit')} />
      <SelectField
        label="Workshop attendance needed"
        optional
        placeholder="No attendance condition"
        options={[
          { value: 'PARTIALLY_OR_FULLY', label: 'Partly or fully attended' },
          { value: 'FULLY', label: 'Fully attended' },
        ]}
        {...text('requireAttendance')}
      />
      <input type="hidden" name="restrictionAggregation" value={v.restrictionAggregation ?? 'ALL'} />
      <CheckboxField
        label="Hide it completely while it is locked (otherwise learners see why it is locked)"
        {...tick('hideWhenRestricted')}
      />
      {file ? (
        <FileField
          name="file"
          label={file.label}
          hint={file.hint}
          accept={file.accept}
          maxBytes={UPLOAD_MAX_BYTES}
          optional
          error={e.file}
        />
      ) : null}
      <SubmitButton>{submitText}</SubmitButton>
    </form>
  );
}
