// The activity form's fields, shared by "Add an activity" and "Edit activity".
import type { FieldSpec } from '@/components/admin/field-form';
import { activityTypeLabel } from '@/components/learning/activity-list';
import { ACTIVITY_TYPES } from '@/lib/completion/schemas';

export function activityFields(v: Partial<Record<string, string>> = {}, editing = false): FieldSpec[] {
  const checked = (name: string, fallback: boolean) => (v[name] === undefined ? fallback : v[name] === 'yes');
  return [
    editing
      ? { kind: 'hidden', name: 'type', value: v.type ?? 'PAGE' }
      : {
          kind: 'radios',
          name: 'type',
          label: 'Type of activity',
          hint: 'Quizzes, workshops, eLearning and the others are set up further on their own admin pages once added.',
          value: v.type ?? 'PAGE',
          options: ACTIVITY_TYPES.map((t) => ({ value: t, label: activityTypeLabel(t) })),
        },
    { kind: 'text', name: 'name', label: 'Name', value: v.name },
    {
      kind: 'text',
      name: 'sectionName',
      label: 'Section heading',
      hint: 'Activities with the same heading are grouped, for example Week one',
      optional: true,
      value: v.sectionName,
    },
    {
      kind: 'textarea',
      name: 'descriptionHtml',
      label: 'Description',
      optional: true,
      value: v.descriptionHtml,
      rows: 3,
    },
    {
      kind: 'textarea',
      name: 'contentHtml',
      label: 'Page content (pages only)',
      optional: true,
      value: v.contentHtml,
      rows: 8,
    },
    { kind: 'text', name: 'url', label: 'Web address (web links only)', optional: true, value: v.url },
    { kind: 'checkbox', name: 'visible', label: 'Show to learners', checked: checked('visible', true) },
    { kind: 'heading', text: 'Completion' },
    {
      kind: 'radios',
      name: 'completionMode',
      label: 'How is it completed?',
      value: v.completionMode ?? 'AUTOMATIC',
      options: [
        {
          value: 'AUTOMATIC',
          label: 'Automatically, when the conditions below are met',
          hint: 'With none ticked: viewed for pages, links and files; a grade for quizzes; status for eLearning; attendance for workshops; a submission for feedback',
        },
        { value: 'MANUAL', label: 'Learners tick it off themselves' },
        { value: 'NONE', label: 'Not tracked' },
      ],
    },
    { kind: 'checkbox', name: 'requireView', label: 'Must be viewed', checked: checked('requireView', false) },
    {
      kind: 'checkbox',
      name: 'requireGrade',
      label: 'Must receive a grade (quiz, eLearning)',
      checked: checked('requireGrade', false),
    },
    {
      kind: 'checkbox',
      name: 'requirePassingGrade',
      label: 'Must receive a passing grade (a fail shows as complete, not passed)',
      checked: checked('requirePassingGrade', false),
    },
    {
      kind: 'checkbox',
      name: 'requireScormStatus',
      label: 'eLearning must report completed or passed',
      checked: checked('requireScormStatus', false),
    },
    {
      kind: 'text',
      name: 'requireMinScore',
      label: 'Minimum score (%)',
      optional: true,
      value: v.requireMinScore,
      width: 'max-w-32',
    },
    {
      kind: 'checkbox',
      name: 'requireSubmit',
      label: 'Must be submitted (feedback, access request)',
      checked: checked('requireSubmit', false),
    },
    {
      kind: 'select',
      name: 'requireAttendance',
      label: 'Workshop attendance needed',
      optional: true,
      value: v.requireAttendance,
      placeholder: 'No attendance condition',
      options: [
        { value: 'PARTIALLY_OR_FULLY', label: 'Partly or fully attended' },
        { value: 'FULLY', label: 'Fully attended' },
      ],
    },
    { kind: 'hidden', name: 'restrictionAggregation', value: v.restrictionAggregation ?? 'ALL' },
    {
      kind: 'checkbox',
      name: 'hideWhenRestricted',
      label: 'Hide it completely while it is locked (otherwise learners see why it is locked)',
      checked: checked('hideWhenRestricted', false),
    },
  ];
}
