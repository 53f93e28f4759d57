import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ActivityForm } from '@/components/admin/activity-form';
import { activityTypeLabel } from '@/components/learning/activity-list';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { requireAdminPage } from '@/lib/auth/guards';
import { assertCanManageCourse } from '@/lib/catalogue/admin';
import { ACTIVITY_TYPES } from '@/lib/completion/schemas';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { createActivityAction } from '../../../../activities/actions';
import { parseIdParam } from '@/lib/validation';

export const metadata: Metadata = { title: 'Add an activity – Admin' };

export default async function NewActivityPage({ params }: { params: Promise<{ courseId: string }> }) {
  const viewer = await requireAdminPage();
  const course = await assertCanManageCourse(viewer, parseIdParam((await params).courseId)).catch((error: unknown) => {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) notFound();
    throw error;
  });
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
        types={ACTIVITY_TYPES.map((t) => ({ value: t, label: activityTypeLabel(t) }))}
      />
    </div>
  );
}
