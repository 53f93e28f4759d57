import type { Metadata } from 'next';
import { CourseForm } from '@/components/admin/course-form';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { requireAdminPage } from '@/lib/auth/guards';
import { listAssignableTeams, listVisibilityOptions } from '@/lib/catalogue/admin-queries';
import { createCourseAction } from '../actions';

export const metadata: Metadata = { title: 'Add a course' };

export default async function NewCoursePage() {
  const viewer = await requireAdminPage();
  const [options, teams] = await Promise.all([listVisibilityOptions(viewer), listAssignableTeams(viewer)]);
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Courses', href: '/admin/courses' },
          { label: 'Add a course' },
        ]}
      />
      <h1 className="text-3xl font-bold">Add a course</h1>
      {options.categories.length === 0 ? (
        <p className="mt-4">Add a category first: every course sits in a category.</p>
      ) : (
        <CourseForm
          action={createCourseAction}
          submitText="Save and add activities"
          options={{ ...options, teams }}
          initial={{ ownerTeamId: teams.length === 1 ? String(teams[0]!.id) : undefined }}
        />
      )}
    </div>
  );
}
