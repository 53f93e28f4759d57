'use client';
// L&D's program and certification forms: details (with a certification's recertification settings), a course
// set, an assignment with its due date, and an assignment's due date on its own. Each takes its action as a prop
// and keeps what was typed after a failed submit (useActionForm).
import { CheckboxField } from '@/components/ui/checkbox';
import { RadiosField } from '@/components/ui/choices';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FormSectionHeading, SavedMessage } from '@/components/ui/saved-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

type Values = Partial<Record<string, string>>;
type Option = { id: number; name: string };

const UNITS = [
  { value: 'DAY', label: 'days' },
  { value: 'WEEK', label: 'weeks' },
  { value: 'MONTH', label: 'months' },
  { value: 'YEAR', label: 'years' },
];

function useForm(action: FormAction, initial: Values) {
  const f = useActionForm(action);
  const e = f.fieldErrors;
  const text = (name: string) => ({ name, defaultValue: f.value(name, initial[name]), error: e[name] });
  return { f, e, text };
}

function Hidden({ values }: { values: Record<string, string | number | undefined> }) {
  return (
    <>
      {Object.entries(values).map(([name, value]) =>
        value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />,
      )}
    </>
  );
}

/** "2" [years]: a number and its unit side by side. */
function PeriodFields({
  label,
  hint,
  valueName,
  unitName,
  text,
  optional,
}: {
  label: string;
  hint?: string;
  valueName: string;
  unitName: string;
  text: (name: string) => { name: string; defaultValue: string; error?: string };
  optional?: boolean;
}) {
  return (
    <div className="flex flex-wrap items-start gap-4">
      <TextField
        label={label}
        hint={hint}
        inputMode="numeric"
        className="max-w-24"
        optional={optional}
        {...text(valueName)}
      />
      <SelectField
        label="Unit"
        options={UNITS}
        placeholder={optional ? '' : null}
        className="max-w-40"
        {...text(unitName)}
      />
    </div>
  );
}

const RECERTIFY_FROM = [
  {
    value: 'EXPIRY_DATE',
    label: 'From the expiry date',
    hint: 'Renewing early or on time keeps the same anniversary; the expiry never moves earlier',
  },
  {
    value: 'COMPLETION_DATE',
    label: 'From the completion date',
    hint: 'The new expiry is the active period after the day they complete',
  },
  {
    value: 'FIXED_DATE',
    label: 'A fixed expiry date',
    hint: 'Everyone expires on the same anniversary; set a minimum active period below',
  },
];

/** Details of a program or certification; `kind` CERTIFICATION adds the recertification settings. */
export function ProgramDetailsForm({
  action,
  kind,
  programId,
  options,
  initial = {},
  submitText,
}: {
  action: FormAction;
  kind: 'PROGRAM' | 'CERTIFICATION';
  programId?: number;
  options: { categories: (Option & { depth: number })[]; teams: Option[] };
  initial?: Values;
  submitText: string;
}) {
  const { f, e, text } = useForm(action, initial);
  const noun = kind === 'CERTIFICATION' ? 'certification' : 'program';
  return (
    <form key={f.formKey} action={f.formAction} noValidate className="mt-6 max-w-3xl">
      <ErrorSummary message={f.message} fieldErrors={e} />
      <SavedMessage message={f.done} />
      <Hidden values={{ programId, kind }} />
      <TextField
        label="Full name"
        hint={`What learners see, for example HCC Mandatory - Fire Safety 2 year`}
        {...text('fullName')}
      />
      <TextField
        label="Short name"
        hint="A unique code, for example CERT-FIRE"
        className="max-w-xs"
        {...text('shortName')}
      />
      <TextAreaField
        label="Summary"
        hint={`What the ${noun} is and why it matters`}
        optional
        rows={3}
        {...text('summary')}
      />
      <SelectField
        label="Category"
        optional
        placeholder="No category"
        options={options.categories.map((c) => ({ value: String(c.id), label: `${'– '.repeat(c.depth)}${c.name}` }))}
        {...text('categoryId')}
      />
      <SelectField
        label="Owner team"
        hint={`The L&D team that manages the ${noun}`}
        options={options.teams.map((t) => ({ value: String(t.id), label: t.name }))}
        {...text('ownerTeamId')}
      />
      <CheckboxField
        label="Show in Find Learning"
        hint="People assigned to it always see it"
        name="visible"
        value="yes"
        defaultChecked={f.checked('visible', initial.visible === undefined ? true : initial.visible === 'yes')}
        error={e.visible}
      />
      <div className="flex flex-wrap gap-4">
        <TextField type="date" label="Available from" optional className="max-w-xs" {...text('availableFrom')} />
        <TextField type="date" label="Available until" optional className="max-w-xs" {...text('availableUntil')} />
      </div>
      {kind === 'CERTIFICATION' ? (
        <>
          <FormSectionHeading>Recertification</FormSectionHeading>
          <PeriodFields
            label="Certification is active for"
            hint="For example 2 years"
            valueName="activeValue"
            unitName="activeUnit"
            text={text}
          />
          <PeriodFields
            label="Recertification window opens before expiry"
            hint="For example 1 month. When it opens, the learner's progress on the courses is archived and reset."
            valueName="windowValue"
            unitName="windowUnit"
            text={text}
          />
          <RadiosField
            name="recertifyFrom"
            legend="Work out the next expiry date"
            options={RECERTIFY_FROM}
            value={f.value('recertifyFrom', initial.recertifyFrom ?? 'EXPIRY_DATE')}
            error={e.recertifyFrom}
          />
          <PeriodFields
            label="Minimum active period"
            hint="Only for a fixed expiry date: at least the window, at most the active period"
            valueName="minimumActiveValue"
            unitName="minimumActiveUnit"
            text={text}
            optional
          />
        </>
      ) : null}
      <SubmitButton>{submitText}</SubmitButton>
    </form>
  );
}

const COMPLETION_TYPES = [
  { value: 'ALL', label: 'All courses' },
  { value: 'ANY', label: 'One course' },
  { value: 'SOME', label: 'Some courses', hint: 'Enter how many below' },
  { value: 'OPTIONAL', label: 'All courses are optional', hint: 'Left out of progress; complete straight away' },
];
const OPERATORS = [
  { value: 'THEN', label: 'Then', hint: 'Courses in the next set stay locked until this set is done' },
  { value: 'AND', label: 'And', hint: 'This set and the next one must both be done' },
  { value: 'OR', label: 'Or', hint: 'This set or the next one' },
];

/** Add a course set (no `setId`) or edit one. */
export function CourseSetForm({
  action,
  programId,
  setId,
  kind,
  initial = {},
  submitText,
}: {
  action: FormAction;
  programId: number;
  setId?: number;
  kind: 'PROGRAM' | 'CERTIFICATION';
  initial?: Values;
  submitText: string;
}) {
  const { f, e, text } = useForm(action, initial);
  return (
    <form key={f.formKey} action={f.formAction} noValidate className="mt-4 max-w-3xl">
      <ErrorSummary message={f.message} fieldErrors={e} />
      <SavedMessage message={f.done} />
      <Hidden values={{ programId, setId }} />
      <TextField label="Set name" hint="For example Week one" {...text('label')} />
      {kind === 'CERTIFICATION' ? (
        <RadiosField
          name="path"
          legend="Path"
          inline
          options={[
            { value: 'CERT', label: 'Original certification' },
            { value: 'RECERT', label: 'Recertification' },
          ]}
          value={f.value('path', initial.path ?? 'CERT')}
          error={e.path}
        />
      ) : null}
      <RadiosField
        name="completionType"
        legend="Learners must complete"
        options={COMPLETION_TYPES}
        value={f.value('completionType', initial.completionType ?? 'ALL')}
        error={e.completionType}
      />
      <TextField
        label="How many courses (for Some courses)"
        optional
        inputMode="numeric"
        className="max-w-24"
        {...text('minCourses')}
      />
      <TextAreaField
        label="Courses"
        hint="The short name of each course, one a line, in the order learners should take them"
        rows={4}
        {...text('courses')}
      />
      <RadiosField
        name="nextOperator"
        legend="How this set joins the next one"
        options={OPERATORS}
        value={f.value('nextOperator', initial.nextOperator ?? 'THEN')}
        error={e.nextOperator}
      />
      <SubmitButton>{submitText}</SubmitButton>
    </form>
  );
}

const DUE_TYPES = [
  { value: 'NONE', label: 'No due date' },
  { value: 'FIXED', label: 'By a date', hint: 'Enter the date below' },
  { value: 'RELATIVE', label: 'Within a time of being assigned', hint: 'For example within 3 months' },
];

function DueFields({ f, e, text, initial }: ReturnType<typeof useForm> & { initial: Values }) {
  return (
    <>
      <RadiosField
        name="dueType"
        legend="Due date"
        options={DUE_TYPES}
        value={f.value('dueType', initial.dueType ?? 'NONE') || 'NONE'}
        error={e.dueType}
      />
      <TextField type="date" label="Due by (for By a date)" optional className="max-w-xs" {...text('dueDate')} />
      <div className="flex flex-wrap items-start gap-4">
        <TextField
          label="Within (for Within a time)"
          optional
          inputMode="numeric"
          className="max-w-24"
          {...text('dueWithinValue')}
        />
        <SelectField label="Unit" options={UNITS} placeholder="" className="max-w-40" {...text('dueWithinUnit')} />
      </div>
    </>
  );
}

/** Assign an audience, an organisation or one person, with a due date rule. */
export function AssignmentForm({
  action,
  programId,
  options,
}: {
  action: FormAction;
  programId: number;
  options: { audiences: Option[]; organisations: Option[] };
}) {
  const form = useForm(action, { dueType: 'NONE' });
  const { f, e, text } = form;
  return (
    <form key={f.formKey} action={f.formAction} noValidate className="mt-4 max-w-3xl">
      <ErrorSummary message={f.message} fieldErrors={e} />
      <SavedMessage message={f.done} />
      <Hidden values={{ programId }} />
      <RadiosField
        name="type"
        legend="Assign"
        options={[
          { value: 'AUDIENCE', label: 'An audience' },
          { value: 'ORGANISATION', label: 'Everyone in an organisation' },
          { value: 'INDIVIDUAL', label: 'One person' },
        ]}
        value={f.value('type', 'AUDIENCE')}
        error={e.type}
      />
      <SelectField
        label="Audience (for An audience)"
        options={options.audiences.map((a) => ({ value: String(a.id), label: a.name }))}
        {...text('audienceId')}
      />
      <SelectField
        label="Organisation (for Everyone in an organisation)"
        options={options.organisations.map((o) => ({ value: String(o.id), label: o.name }))}
        {...text('organisationId')}
      />
      <TextField label="Username (for One person)" className="max-w-xs" autoComplete="off" {...text('username')} />
      <DueFields {...form} initial={{ dueType: 'NONE' }} />
      <SubmitButton>Assign</SubmitButton>
    </form>
  );
}

/** Change an existing assignment's due date. */
export function AssignmentDueForm({
  action,
  programId,
  assignmentId,
  initial,
}: {
  action: FormAction;
  programId: number;
  assignmentId: number;
  initial: Values;
}) {
  const form = useForm(action, initial);
  const { f, e } = form;
  return (
    <form key={f.formKey} action={f.formAction} noValidate className="mt-2">
      <ErrorSummary message={f.message} fieldErrors={e} />
      <SavedMessage message={f.done} />
      <Hidden values={{ programId, assignmentId }} />
      <DueFields {...form} initial={initial} />
      <SubmitButton>Save due date</SubmitButton>
    </form>
  );
}
