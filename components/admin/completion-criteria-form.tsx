'use client';
import { CheckboxField } from '@/components/ui/checkbox';
import { CheckboxesField, RadiosField } from '@/components/ui/choices';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SavedMessage } from '@/components/ui/saved-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

type Option = { id: number; name: string };

/** A course's completion criteria: which activities and other courses, all or any, and self-completion. */
export function CompletionCriteriaForm({
  action,
  courseId,
  activities,
  courses,
  initial,
}: {
  action: FormAction;
  courseId: number;
  activities: Option[];
  /** Other courses that may be required. */
  courses: Option[];
  initial: {
    completionEnabled: boolean;
    aggregation: string;
    activityIds: string[];
    requiredCourseIds: string[];
    selfCompletion: boolean;
  };
}) {
  const f = useActionForm(action);
  const e = f.fieldErrors;
  return (
    <form key={f.formKey} action={f.formAction} noValidate className="mt-6 max-w-3xl">
      <ErrorSummary message={f.message} fieldErrors={e} />
      <SavedMessage message={f.done} />
      <input type="hidden" name="courseId" value={courseId} />
      <CheckboxField
        name="completionEnabled"
        value="yes"
        label="Track completion for this course"
        defaultChecked={f.checked('completionEnabled', initial.completionEnabled)}
        error={e.completionEnabled}
      />
      <RadiosField
        name="aggregation"
        legend="The course is complete when"
        options={[
          { value: 'ALL', label: 'All criteria below are met' },
          { value: 'ANY', label: 'Any one criterion below is met' },
        ]}
        value={f.value('aggregation', initial.aggregation)}
        error={e.aggregation}
      />
      <CheckboxesField
        name="activityIds"
        legend="Activities that must be completed"
        options={activities.map((a) => ({ value: String(a.id), label: a.name }))}
        values={f.list('activityIds', initial.activityIds)}
        error={e.activityIds}
      />
      <CheckboxesField
        name="requiredCourseIds"
        legend="Other courses that must be completed"
        options={courses.map((c) => ({ value: String(c.id), label: c.name }))}
        values={f.list('requiredCourseIds', initial.requiredCourseIds)}
        error={e.requiredCourseIds}
      />
      <CheckboxField
        name="selfCompletion"
        value="yes"
        label="Learners must mark the course complete themselves"
        defaultChecked={f.checked('selfCompletion', initial.selfCompletion)}
        error={e.selfCompletion}
      />
      <SubmitButton>Save completion criteria</SubmitButton>
    </form>
  );
}
