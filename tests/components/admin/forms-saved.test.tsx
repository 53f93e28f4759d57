// The admin forms say so when a save worked and the page stays (as FieldForm did before them).
import { fireEvent, render, screen } from '@testing-library/react';
import { ActivityForm } from '@/components/admin/activity-form';
import { AudienceForm } from '@/components/admin/audience-form';
import { CategoryForm } from '@/components/admin/category-form';
import { CompletionCriteriaForm } from '@/components/admin/completion-criteria-form';
import { CourseForm } from '@/components/admin/course-form';
import { RestrictionsForm } from '@/components/admin/restrictions-form';
import type { ActionResult } from '@/lib/action-result';

const saved = async (): Promise<ActionResult> => ({ ok: true, message: 'Saved it.' });
const none = { categories: [], teams: [], organisations: [], audiences: [] };

it.each<[string, () => React.ReactElement]>([
  ['Edit course', () => <CourseForm action={saved} options={none} courseId={1} submitText="Save" />],
  ['Category', () => <CategoryForm action={saved} categories={[]} teams={[]} />],
  ['Edit activity', () => <ActivityForm action={saved} submitText="Save" activityId={1} initial={{ type: 'PAGE' }} />],
  [
    'Restrictions',
    () => (
      <RestrictionsForm
        action={saved}
        activityId={1}
        others={[]}
        required={[]}
        requirement="COMPLETE"
        aggregation="ALL"
      />
    ),
  ],
  [
    'Completion criteria',
    () => (
      <CompletionCriteriaForm
        action={saved}
        courseId={1}
        activities={[]}
        courses={[]}
        initial={{
          completionEnabled: true,
          aggregation: 'ALL',
          activityIds: [],
          requiredCourseIds: [],
          selfCompletion: false,
        }}
      />
    ),
  ],
  ['Audience', () => <AudienceForm action={saved} rows={1} />],
])('%s shows the success message', async (_name, ui) => {
  const { container } = render(ui());
  fireEvent.submit(container.querySelector('form')!);
  expect(await screen.findByRole('status', {}, { timeout: 15_000 })).toHaveTextContent('Saved it.');
});
