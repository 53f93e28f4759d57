// Issue 20 item 3: every select, radio and checkbox of every admin form keeps its value after a refused submit
// (Add a course lost its Category). Each form is rendered with an action that refuses, every control is changed
// from its default, and after the submit each control must show what was submitted.
import { render } from '@testing-library/react';
import { activityFields } from '@/components/admin/activity-fields';
import { audienceFields } from '@/components/admin/audience-fields';
import { categoryFields } from '@/components/admin/category-fields';
import { courseFields } from '@/components/admin/course-fields';
import { FieldForm } from '@/components/admin/field-form';
import { expectKeepsEveryValue, refuseAction } from '../../helpers/form-values';

const options = {
  categories: [
    { id: 1, name: 'Health and safety', depth: 0 },
    { id: 2, name: 'Fire', depth: 1 },
  ],
  teams: [
    { id: 1, name: 'HR L&D' },
    { id: 2, name: 'Libraries L&D' },
  ],
  organisations: [
    { id: 1, name: 'Hertfordshire County Council' },
    { id: 2, name: 'Hertfordshire Schools' },
  ],
  audiences: [
    { id: 1, name: 'Managers' },
    { id: 2, name: 'Drivers' },
  ],
};

describe('admin forms keep every value after a refused submit', () => {
  it.each([
    ['Add a course', () => courseFields(options)],
    ['Edit course', () => courseFields(options, { categoryId: '1', ownerTeamId: '1', fullName: 'Fire safety' })],
    ['Category', () => categoryFields(options)],
    ['Add an activity', () => activityFields()],
    ['Edit activity', () => activityFields({ type: 'PAGE', name: 'Read me' }, true)],
    ['Audience', () => audienceFields({}, [], 3)],
  ])('%s', async (_name, fields) => {
    const { container } = render(<FieldForm action={refuseAction} fields={fields()} submitText="Save" />);
    await expectKeepsEveryValue(container);
  });
});
