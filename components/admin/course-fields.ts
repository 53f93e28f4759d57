// The course form's fields, shared by "Add a course" and "Edit course".
import type { FieldSpec } from '@/components/admin/field-form';

type Options = {
  categories: { id: number; name: string; depth: number }[];
  teams: { id: number; name: string }[];
  organisations: { id: number; name: string }[];
  audiences: { id: number; name: string }[];
};

export type CourseValues = Partial<Record<string, string>>;

export function courseFields(
  o: Options,
  v: CourseValues = {},
  lists: { organisationIds?: string[]; audienceIds?: string[] } = {},
): FieldSpec[] {
  const checked = (name: string, fallback: boolean) => (v[name] === undefined ? fallback : v[name] === 'yes');
  return [
    { kind: 'text', name: 'fullName', label: 'Course name', value: v.fullName },
    {
      kind: 'text',
      name: 'shortName',
      label: 'Short name',
      hint: 'A unique code, for example DP-2021',
      value: v.shortName,
      width: 'max-w-xs',
    },
    {
      kind: 'textarea',
      name: 'summary',
      label: 'Summary',
      hint: 'One or two sentences shown in search results and at the top of the course',
      value: v.summary,
      rows: 3,
    },
    { kind: 'textarea', name: 'aim', label: 'Aim', optional: true, value: v.aim, rows: 3 },
    { kind: 'text', name: 'audienceText', label: 'Who it is for', optional: true, value: v.audienceText },
    {
      kind: 'text',
      name: 'lengthText',
      label: 'Length',
      hint: 'For example, 40 minutes or 3-hour workshop',
      optional: true,
      value: v.lengthText,
    },
    {
      kind: 'text',
      name: 'cost',
      label: 'Cost in pounds',
      hint: 'Leave empty for a free course. Learners must confirm the spend is agreed before enrolling.',
      optional: true,
      value: v.cost,
      width: 'max-w-40',
    },
    {
      kind: 'radios',
      name: 'format',
      label: 'Format',
      value: v.format ?? 'ELEARNING',
      options: [
        { value: 'ELEARNING', label: 'eLearning' },
        { value: 'WORKSHOP', label: 'Workshop' },
        { value: 'BLENDED', label: 'Blended' },
        { value: 'OTHER', label: 'Other' },
      ],
    },
    {
      kind: 'text',
      name: 'keywords',
      label: 'Search keywords',
      hint: 'Separate with commas, for example GDPR, privacy',
      optional: true,
      value: v.keywords,
    },
    {
      kind: 'select',
      name: 'categoryId',
      label: 'Category',
      value: v.categoryId,
      options: o.categories.map((c) => ({ value: String(c.id), label: `${'– '.repeat(c.depth)}${c.name}` })),
    },
    {
      kind: 'select',
      name: 'ownerTeamId',
      label: 'Owner team',
      value: v.ownerTeamId,
      options: o.teams.map((t) => ({ value: String(t.id), label: t.name })),
    },
    {
      kind: 'textarea',
      name: 'overviewHtml',
      label: 'Overview',
      hint: 'Paragraphs, lists and links are kept; anything else is removed.',
      optional: true,
      value: v.overviewHtml,
      rows: 8,
    },
    {
      kind: 'textarea',
      name: 'instructionsHtml',
      label: 'How to complete the course',
      optional: true,
      value: v.instructionsHtml,
      rows: 5,
    },
    { kind: 'heading', text: 'Course details' },
    { kind: 'text', name: 'smeName', label: 'Subject matter expert', optional: true, value: v.smeName },
    {
      kind: 'text',
      name: 'contactText',
      label: 'Contact details',
      hint: 'For example a phone number',
      optional: true,
      value: v.contactText,
    },
    { kind: 'email', name: 'contactEmail', label: 'Contact email', optional: true, value: v.contactEmail },
    {
      kind: 'date',
      name: 'lastReviewedAt',
      label: 'Last reviewed',
      optional: true,
      value: v.lastReviewedAt,
      width: 'max-w-xs',
    },
    { kind: 'heading', text: 'Who can see and enrol' },
    {
      kind: 'radios',
      name: 'visibility',
      label: 'Who can see the course',
      value: v.visibility ?? 'EVERYONE',
      options: [
        { value: 'EVERYONE', label: 'Everyone who can sign in' },
        { value: 'RESTRICTED', label: 'Only the organisations and audiences chosen below' },
        { value: 'HIDDEN', label: 'Hidden: only people enrolled and course admins' },
      ],
    },
    {
      kind: 'checkboxes',
      name: 'organisationIds',
      label: 'Organisations',
      values: lists.organisationIds,
      options: o.organisations.map((x) => ({ value: String(x.id), label: x.name })),
    },
    {
      kind: 'checkboxes',
      name: 'audienceIds',
      label: 'Audiences',
      values: lists.audienceIds,
      options: o.audiences.map((x) => ({ value: String(x.id), label: x.name })),
    },
    {
      kind: 'radios',
      name: 'selfEnrolment',
      label: 'How learners enrol themselves',
      value: v.selfEnrolment ?? 'SELF_AFTER_VIEW',
      options: [
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
      ],
    },
    {
      kind: 'textarea',
      name: 'enrolmentWelcome',
      label: 'Enrolment message',
      optional: true,
      value: v.enrolmentWelcome,
      rows: 3,
    },
    {
      kind: 'text',
      name: 'maxEnrolled',
      label: 'Maximum number of self-enrolments',
      optional: true,
      hint: 'Leave empty for no limit',
      value: v.maxEnrolled,
      width: 'max-w-32',
    },
    { kind: 'checkbox', name: 'shareEnabled', label: 'Show the Share link', checked: checked('shareEnabled', true) },
    { kind: 'heading', text: 'Completion' },
    {
      kind: 'checkbox',
      name: 'completionEnabled',
      label: 'Track completion',
      hint: 'When off, the Record of Learning shows "See course criteria"',
      checked: checked('completionEnabled', true),
    },
    {
      kind: 'radios',
      name: 'completionAggregation',
      label: 'The course is complete when',
      value: v.completionAggregation ?? 'ALL',
      options: [
        { value: 'ALL', label: 'All criteria are met' },
        { value: 'ANY', label: 'Any one criterion is met' },
      ],
    },
    {
      kind: 'checkbox',
      name: 'archived',
      label: 'Archived (no new enrolments, hidden from Find Learning)',
      checked: checked('archived', false),
    },
  ];
}
