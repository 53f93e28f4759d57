import type { Metadata } from 'next';
import Link from 'next/link';
import { AccessFormSettings } from '@/components/access-requests/form-settings';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { requireManagedAccessForm } from '@/lib/access-requests/queries';
import { fieldLines } from '@/lib/access-requests/rules';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { parseIdParam } from '@/lib/validation';
import { updateAccessFormAction } from '../../actions';

export const metadata: Metadata = { title: 'Access request form' };

export default async function AccessFormAdminPage({
  params,
  searchParams,
}: {
  params: Promise<{ activityId: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const viewer = await requireAdminPage();
  const activityId = parseIdParam((await params).activityId);
  const page = await pageOrNotFound(() => requireManagedAccessForm(viewer, activityId));
  const { created } = await searchParams;
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Courses', href: '/admin/courses' },
          { label: page.course.fullName, href: `/admin/courses/${page.course.id}/activities` },
          { label: page.activity.name },
        ]}
      />
      {created ? (
        <NotificationBanner tone="success">
          Access request added. Name the system and check the questions below, then restrict the activity to the
          eLearning learners must finish first.
        </NotificationBanner>
      ) : null}
      <h1 className="text-3xl font-bold">{page.activity.name}</h1>
      <p className="mt-2 text-lg">
        {page.course.fullName} ·{' '}
        <Link href="/admin/access-requests" className="text-[var(--link)] underline">
          Request queue
        </Link>{' '}
        ·{' '}
        <Link href={`/access-requests/${activityId}`} className="text-[var(--link)] underline">
          Learner view
        </Link>{' '}
        ·{' '}
        <Link href={`/admin/activities/${activityId}`} className="text-[var(--link)] underline">
          Activity settings and restrictions (the required eLearning)
        </Link>
      </p>
      <AccessFormSettings
        action={updateAccessFormAction}
        activityId={activityId}
        initial={{
          systemName: page.form.systemName,
          instructionsHtml: page.form.instructionsHtml ?? '',
          notifyEmail: page.form.notifyEmail ?? '',
          fieldLines: fieldLines(page.form.fields),
        }}
      />
    </div>
  );
}
