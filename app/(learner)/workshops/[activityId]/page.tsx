import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { WorkshopSessionTable } from '@/components/workshops/session-table';
import { requirePageViewer, pageOrNotFound } from '@/lib/auth/guards';
import { getWorkshopAccess } from '@/lib/workshops/access';
import { parseIdParam } from '@/lib/validation';

export const metadata: Metadata = { title: 'Workshop sessions' };

export default async function WorkshopPage({ params }: { params: Promise<{ activityId: string }> }) {
  const { activityId } = await params;
  const viewer = await requirePageViewer(`/workshops/${activityId}`);
  const access = await pageOrNotFound(() => getWorkshopAccess(viewer, parseIdParam(activityId)));
  return (
    <>
      <Breadcrumbs
        items={[
          { label: access.course.fullName, href: `/courses/${access.course.id}` },
          { label: access.activity.name },
        ]}
      />
      <h1 className="text-3xl font-bold">{access.activity.name}</h1>
      <p className="mt-2 text-lg">Choose a session below. Times are shown in the session’s time zone.</p>
      <WorkshopSessionTable activityId={access.activity.id} viewer={viewer} headingLevel={2} />
    </>
  );
}
