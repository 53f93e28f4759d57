import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { SessionForm } from '@/components/workshops/admin/session-form';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { getWorkshopAdmin, listRooms } from '@/lib/workshops/admin-queries';
import { saveSessionAction } from '@/app/admin/workshops/actions';
import { parseIdParam } from '@/lib/validation';

export const metadata: Metadata = { title: 'Add a session' };

export default async function NewSessionPage({ params }: { params: Promise<{ activityId: string }> }) {
  const { activityId } = await params;
  const viewer = await requireAdminPage();
  const { workshop } = await pageOrNotFound(() => getWorkshopAdmin(viewer, parseIdParam(activityId)));
  const rooms = await listRooms(viewer);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Workshops', href: '/admin/workshops' },
          { label: workshop.activity.name, href: `/admin/workshops/${workshop.activityId}` },
          { label: 'Add a session' },
        ]}
      />
      <h1 className="text-3xl font-bold">Add a session</h1>
      <SessionForm
        action={saveSessionAction}
        activityId={workshop.activityId}
        defaults={{ timezone: 'Europe/London', waitlistEnabled: 'on' }}
        dateRows={3}
        rooms={rooms}
      />
    </>
  );
}
