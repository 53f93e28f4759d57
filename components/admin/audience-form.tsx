'use client';
import { Fragment } from 'react';
import { RadiosField } from '@/components/ui/choices';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FormSectionHeading, SavedMessage } from '@/components/ui/saved-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { RULE_ROWS } from '@/lib/audiences/schemas';

const FIELDS = [
  { value: 'ORGANISATION', label: 'Organisation (name or code)' },
  { value: 'JOB_TITLE', label: 'Job title' },
  { value: 'MANAGER', label: "Manager's username" },
  { value: 'IS_MANAGER', label: 'Is a manager (yes or no)' },
  { value: 'USERNAME_PREFIX', label: 'Username starts with' },
  { value: 'EMAIL_DOMAIN', label: 'Email domain' },
  { value: 'AUTH_METHOD', label: 'Sign-in method (MANUAL or SSO)' },
];
const OPERATORS = [
  { value: 'EQUALS', label: 'is' },
  { value: 'NOT_EQUALS', label: 'is not' },
  { value: 'CONTAINS', label: 'contains' },
  { value: 'STARTS_WITH', label: 'starts with' },
  { value: 'IN', label: 'is one of (one per line)' },
];

type Audience = {
  id: number;
  name: string;
  description: string | null;
  kind: string;
  ruleAggregation: string;
  /** Usernames of a list of people, one per line. */
  members: string;
  rules: { field: string; operator: string; value: string }[];
};

/** Add an audience (no `audience`) or edit one: a list of people, or everyone matching up to `rows` rules. */
export function AudienceForm({
  action,
  audience,
  rows = RULE_ROWS,
}: {
  action: FormAction;
  audience?: Audience;
  rows?: number;
}) {
  const f = useActionForm(action);
  const e = f.fieldErrors;
  const text = (name: string, initial?: string | null) => ({
    name,
    defaultValue: f.value(name, initial),
    error: e[name],
  });
  return (
    <form key={f.formKey} action={f.formAction} noValidate className="mt-6 max-w-3xl">
      <ErrorSummary message={f.message} fieldErrors={e} />
      <SavedMessage message={f.done} />
      <input type="hidden" name="audienceId" value={audience?.id ?? ''} />
      <TextField label="Name" {...text('name', audience?.name)} />
      <TextAreaField label="Description" optional rows={2} {...text('description', audience?.description)} />
      <RadiosField
        name="kind"
        legend="Membership"
        options={[
          { value: 'STATIC', label: 'A list of people', hint: 'Enter their usernames below' },
          { value: 'DYNAMIC', label: 'Everyone who matches rules', hint: 'Recalculated each time you save' },
        ]}
        value={f.value('kind', audience?.kind ?? 'STATIC')}
        error={e.kind}
      />
      <TextAreaField
        label="Usernames (for a list of people)"
        hint="One per line. Usernames are case-sensitive."
        optional
        rows={6}
        {...text('members', audience?.members)}
      />
      <FormSectionHeading>Rules (for everyone who matches)</FormSectionHeading>
      <RadiosField
        name="ruleAggregation"
        legend="A person is a member when they match"
        options={[
          { value: 'ALL', label: 'All the rules' },
          { value: 'ANY', label: 'Any one rule' },
        ]}
        value={f.value('ruleAggregation', audience?.ruleAggregation ?? 'ALL')}
        error={e.ruleAggregation}
      />
      {Array.from({ length: rows }, (_, i) => {
        const rule = audience?.rules[i];
        return (
          <Fragment key={i}>
            <SelectField
              label={`Rule ${i + 1}: field`}
              optional
              placeholder="No rule"
              options={FIELDS}
              {...text(`rule${i}Field`, rule?.field)}
            />
            <SelectField
              label={`Rule ${i + 1}: test`}
              placeholder={null}
              options={OPERATORS}
              {...text(`rule${i}Operator`, rule?.operator ?? 'EQUALS')}
            />
            <TextAreaField label={`Rule ${i + 1}: value`} optional rows={2} {...text(`rule${i}Value`, rule?.value)} />
          </Fragment>
        );
      })}
      <SubmitButton>Save audience</SubmitButton>
    </form>
  );
}
