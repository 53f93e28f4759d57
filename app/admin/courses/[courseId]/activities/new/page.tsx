import type { Metadata } from 'next';
import { activityFields } from '@/components/admin/activity-fields';
import { FieldForm } from '@/components/admin/field-form';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { requireCourseManager } from '@/lib/auth/course-manager';
import { createActivityAction } from '../../../../activities/actions';
import { parseIdParam } from '@/lib/validation';

export const metadata: Metadata = { title: 'Add an activity – Admin' };

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
      <FieldForm
        action={createActivityAction}
        submitText="Add activity"
        fields={[{ kind: 'hidden', name: 'courseId', value: String(course.id) }, ...activityFields()]}
      />
    </div>
  );
}
