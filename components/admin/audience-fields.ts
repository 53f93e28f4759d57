import type { FieldSpec } from '@/components/admin/field-form';

/** How many rule rows the audience form offers. */
export const RULE_ROWS = 5;

const FIELD_LABELS: Record<string, string> = {
  ORGANISATION: 'Organisation (name or code)',
  JOB_TITLE: 'Job title',
  MANAGER: "Manager's username",
  IS_MANAGER: 'Is a manager (yes or no)',
  USERNAME_PREFIX: 'Username starts with',
  EMAIL_DOMAIN: 'Email domain',
  AUTH_METHOD: 'Sign-in method (MANUAL or SSO)',
};
const OPERATOR_LABELS: Record<string, string> = {
  EQUALS: 'is',
  NOT_EQUALS: 'is not',
  CONTAINS: 'contains',
  STARTS_WITH: 'starts with',
  IN: 'is one of (one per line)',
};

export function audienceFields(
  v: Partial<Record<string, string>>,
  rules: { field: string; operator: string; value: string }[],
  rows: number,
): FieldSpec[] {
  const fields: FieldSpec[] = [
    { kind: 'hidden', name: 'audienceId', value: v.audienceId ?? '' },
    { kind: 'text', name: 'name', label: 'Name', value: v.name },
    { kind: 'textarea', name: 'description', label: 'Description', optional: true, value: v.description, rows: 2 },
    {
      kind: 'radios',
      name: 'kind',
      label: 'Membership',
      value: v.kind ?? 'STATIC',
      options: [
        { value: 'STATIC', label: 'A list of people', hint: 'Enter their usernames below' },
        { value: 'DYNAMIC', label: 'Everyone who matches rules', hint: 'Recalculated each time you save' },
      ],
    },
    {
      kind: 'textarea',
      name: 'members',
      label: 'Usernames (for a list of people)',
      hint: 'One per line. Usernames are case-sensitive.',
      optional: true,
      value: v.members,
      rows: 6,
    },
    { kind: 'heading', text: 'Rules (for everyone who matches)' },
    {
      kind: 'radios',
      name: 'ruleAggregation',
      label: 'A person is a member when they match',
      value: v.ruleAggregation ?? 'ALL',
      options: [
        { value: 'ALL', label: 'All the rules' },
        { value: 'ANY', label: 'Any one rule' },
      ],
    },
  ];
  for (let i = 0; i < rows; i += 1) {
    const rule = rules[i];
    fields.push(
      {
        kind: 'select',
        name: `rule${i}Field`,
        label: `Rule ${i + 1}: field`,
        optional: true,
        placeholder: 'No rule',
        value: rule?.field,
        options: Object.entries(FIELD_LABELS).map(([value, label]) => ({ value, label })),
      },
      {
        kind: 'select',
        name: `rule${i}Operator`,
        label: `Rule ${i + 1}: test`,
        placeholder: null,
        value: rule?.operator ?? 'EQUALS',
        options: Object.entries(OPERATOR_LABELS).map(([value, label]) => ({ value, label })),
      },
      {
        kind: 'textarea',
        name: `rule${i}Value`,
        label: `Rule ${i + 1}: value`,
        optional: true,
        value: rule?.value,
        rows: 2,
      },
    );
  }
  return fields;
}
