import type { Metadata } from 'next';
import { ActivityForm } from '@/components/admin/activity-form';
import { activityTypeLabel } from '@/components/learning/activity-list';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { requireCourseManager } from '@/lib/auth/course-manager';
import { ACTIVITY_TYPE_HELP, addableActivityTypes } from '@/lib/activities/types';
import { ACTIVITY_TYPES } from '@/lib/completion/schemas';
import { createActivityAction } from '../../../../activities/actions';
import { parseIdParam } from '@/lib/validation';

export const metadata: Metadata = { title: 'Add an activity' };

export default async function NewActivityPage({ params }: { params: Promise<{ courseId: string }> }) {
  const viewer = await requireAdminPage();
  const id = parseIdParam((await params).courseId);
  const course = await pageOrNotFound(() => requireCourseManager(viewer, id));
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Courses', href: '/admin/courses' },
          { label: course.fullName, href: `/admin/courses/${course.id}/activities` },
          { label: 'Add an activity' },
        ]}
      />
      <h1 className="text-3xl font-bold">Add an activity</h1>
      <ActivityForm
        action={createActivityAction}
        submitText="Add activity"
        courseId={course.id}
        types={addableActivityTypes(ACTIVITY_TYPES).map((t) => ({
          value: t,
          label: activityTypeLabel(t),
          hint: ACTIVITY_TYPE_HELP[t],
        }))}
      />
    </div>
  );
}
