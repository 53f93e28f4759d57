import type { Metadata } from 'next';
import { cache } from 'react';
import type { Viewer } from '@/lib/auth/viewer';
import { pageTitles } from '@/components/layout/page-titles';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { WorkshopSessionTable } from '@/components/workshops/session-table';
import { requirePageViewer, pageOrNotFound } from '@/lib/auth/guards';
import { getWorkshopAccess } from '@/lib/workshops/access';
import { parseIdParam } from '@/lib/validation';

const load = cache((viewer: Viewer, activityId: number) => pageOrNotFound(() => getWorkshopAccess(viewer, activityId)));

export async function generateMetadata({ params }: { params: Promise<{ activityId: string }> }): Promise<Metadata> {
  const { activityId } = await params;
  const access = await load(await requirePageViewer(`/workshops/${activityId}`), parseIdParam(activityId));
  return { title: pageTitles.workshop(access.activity.name) };
}

export default async function WorkshopPage({ params }: { params: Promise<{ activityId: string }> }) {
  const { activityId } = await params;
  const viewer = await requirePageViewer(`/workshops/${activityId}`);
  const access = await load(viewer, parseIdParam(activityId));
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
