'use client';
// The course form, shared by "Add a course" and "Edit course".
import { CheckboxField } from '@/components/ui/checkbox';
import { CheckboxesField, RadiosField } from '@/components/ui/choices';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FormSectionHeading, SavedMessage } from '@/components/ui/saved-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

export type CourseFormOptions = {
  categories: { id: number; name: string; depth: number }[];
  teams: { id: number; name: string }[];
  organisations: { id: number; name: string }[];
  audiences: { id: number; name: string }[];
};

/** Text, select and radio values by field name; checkboxes are 'yes' when ticked. */
export type CourseValues = Partial<Record<string, string>>;

const FORMATS = [
  { value: 'ELEARNING', label: 'eLearning' },
  { value: 'WORKSHOP', label: 'Workshop' },
  { value: 'BLENDED', label: 'Blended' },
  { value: 'OTHER', label: 'Other' },
];

const VISIBILITY = [
  { value: 'EVERYONE', label: 'Everyone who can sign in' },
  { value: 'RESTRICTED', label: 'Only the organisations and audiences chosen below' },
  { value: 'HIDDEN', label: 'Hidden: only people enrolled and course admins' },
];

const SELF_ENROLMENT = [
  {
    value: 'SELF_BEFORE_CONTENT',
    label: 'Overview first, then "Enter"',
    hint: 'Learners see only the overview until they enrol',
  },
  {
    value: 'SELF_AFTER_VIEW',
    label: 'Course page first, then "Enrol"',
    hint: 'Learners can read the course page; activities stay locked',
  },
  { value: 'NONE', label: 'They cannot', hint: 'Only admins, programs and certifications enrol people' },
];

const AGGREGATION = [
  { value: 'ALL', label: 'All criteria are met' },
  { value: 'ANY', label: 'Any one criterion is met' },
];

export function CourseForm({
  action,
  options: o,
  initial: v = {},
  lists = {},
  courseId,
  submitText,
}: {
  action: FormAction;
  options: CourseFormOptions;
  initial?: CourseValues;
  lists?: { organisationIds?: string[]; audienceIds?: string[] };
  /** Set when editing an existing course. */
  courseId?: number;
  submitText: string;
}) {
  const f = useActionForm(action);
  const e = f.fieldErrors;
  const text = (name: string) => ({ name, defaultValue: f.value(name, v[name]), error: e[name] });
  const tick = (name: string, fallback: boolean) => ({
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
      <TextField label="Course name" {...text('fullName')} />
      <TextField
        label="Short name"
        hint="A unique code, for example DP-2021"
        className="max-w-xs"
        {...text('shortName')}
      />
      <TextAreaField
        label="Summary"
        hint="One or two sentences shown in search results and at the top of the course"
        rows={3}
        {...text('summary')}
      />
      <TextAreaField label="Aim" optional rows={3} {...text('aim')} />
      <TextField label="Who it is for" optional {...text('audienceText')} />
      <TextField label="Length" hint="For example, 40 minutes or 3-hour workshop" optional {...text('lengthText')} />
      <TextField
        label="Cost in pounds"
        hint="Leave empty for a free course. Learners must confirm the spend is agreed before enrolling."
        optional
        className="max-w-40"
        {...text('cost')}
      />
      <RadiosField
        name="format"
        legend="Format"
        options={FORMATS}
        value={f.value('format', v.format ?? 'ELEARNING')}
        error={e.format}
      />
      <TextField
        label="Search keywords"
        hint="Separate with commas, for example GDPR, privacy"
        optional
        {...text('keywords')}
      />
      <SelectField
        label="Category"
        options={o.categories.map((c) => ({ value: String(c.id), label: `${'– '.repeat(c.depth)}${c.name}` }))}
        {...text('categoryId')}
      />
      <SelectField
        label="Owner team"
        options={o.teams.map((t) => ({ value: String(t.id), label: t.name }))}
        {...text('ownerTeamId')}
      />
      <TextAreaField
        label="Overview"
        hint="Paragraphs, lists and links are kept; anything else is removed."
        optional
        rows={8}
        {...text('overviewHtml')}
      />
      <TextAreaField label="How to complete the course" optional rows={5} {...text('instructionsHtml')} />

      <FormSectionHeading>Course details</FormSectionHeading>
      <TextField label="Subject matter expert" optional {...text('smeName')} />
      <TextField label="Contact details" hint="For example a phone number" optional {...text('contactText')} />
      <TextField type="email" label="Contact email" optional {...text('contactEmail')} />
      <TextField type="date" label="Last reviewed" optional className="max-w-xs" {...text('lastReviewedAt')} />

      <FormSectionHeading>Who can see and enrol</FormSectionHeading>
      <RadiosField
        name="visibility"
        legend="Who can see the course"
        options={VISIBILITY}
        value={f.value('visibility', v.visibility ?? 'EVERYONE')}
        error={e.visibility}
      />
      <CheckboxesField
        name="organisationIds"
        legend="Organisations"
        options={o.organisations.map((x) => ({ value: String(x.id), label: x.name }))}
        values={f.list('organisationIds', lists.organisationIds)}
        error={e.organisationIds}
      />
      <CheckboxesField
        name="audienceIds"
        legend="Audiences"
        options={o.audiences.map((x) => ({ value: String(x.id), label: x.name }))}
        values={f.list('audienceIds', lists.audienceIds)}
        error={e.audienceIds}
      />
      <RadiosField
        name="selfEnrolment"
        legend="How learners enrol themselves"
        options={SELF_ENROLMENT}
        value={f.value('selfEnrolment', v.selfEnrolment ?? 'SELF_AFTER_VIEW')}
        error={e.selfEnrolment}
      />
      <TextAreaField label="Enrolment message" optional rows={3} {...text('enrolmentWelcome')} />
      <TextField
        label="Maximum number of self-enrolments"
        hint="Leave empty for no limit"
        optional
        className="max-w-32"
        {...text('maxEnrolled')}
      />
      <CheckboxField label="Show the Share link" {...tick('shareEnabled', true)} />

      <FormSectionHeading>Completion</FormSectionHeading>
      <CheckboxField
        label="Track completion"
        hint='When off, the Record of Learning shows "See course criteria"'
        {...tick('completionEnabled', true)}
      />
      <RadiosField
        name="completionAggregation"
        legend="The course is complete when"
        options={AGGREGATION}
        value={f.value('completionAggregation', v.completionAggregation ?? 'ALL')}
        error={e.completionAggregation}
      />
      <CheckboxField label="Archived (no new enrolments, hidden from Find Learning)" {...tick('archived', false)} />
      <SubmitButton>{submitText}</SubmitButton>
    </form>
  );
}
