import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { SessionForm } from '@/components/workshops/admin/session-form';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { getSessionAdmin, listRooms } from '@/lib/workshops/admin-queries';
import { formatMoney } from '@/lib/format';
import { utcToWallClock } from '@/lib/workshops/rules';
import { saveSessionAction } from '@/app/admin/workshops/actions';
import { parseIdParam } from '@/lib/validation';

export const metadata: Metadata = { title: 'Edit session' };

export default async function EditSessionPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const viewer = await requireAdminPage();
  const { session } = await pageOrNotFound(() => getSessionAdmin(viewer, parseIdParam(sessionId)));
  const rooms = await listRooms(viewer);
  const tz = session.timezone;
  const defaults: Record<string, string> = {
    timezone: tz,
    capacity: String(session.capacity),
    cost: session.costPence ? formatMoney(session.costPence).slice(1) : '',
    details: session.detailsHtml ?? '',
    customFields: session.customFields.map((f) => `${f.label}: ${f.value}`).join('\n'),
    signupOpens: session.signupOpensAt ? utcToWallClock(session.signupOpensAt, tz) : '',
    signupCloses: session.signupClosesAt ? utcToWallClock(session.signupClosesAt, tz) : '',
    ...(session.waitlistEnabled ? { waitlistEnabled: 'on' } : {}),
  };
  session.dates.forEach((d, i) => {
    defaults[`dates.${i}.start`] = utcToWallClock(d.startsAt, tz);
    defaults[`dates.${i}.end`] = utcToWallClock(d.endsAt, tz);
    defaults[`dates.${i}.roomId`] = d.roomId ? String(d.roomId) : '';
  });
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Workshops', href: '/admin/workshops' },
          { label: session.workshop.activity.name, href: `/admin/workshops/${session.workshop.activityId}` },
          { label: 'Session', href: `/admin/workshops/sessions/${session.id}` },
          { label: 'Edit' },
        ]}
      />
      <h1 className="text-3xl font-bold">Edit session</h1>
      <p className="mt-2 text-lg">
        If you change dates or rooms, everyone booked or wait-listed gets an updated calendar invite.
      </p>
      <SessionForm
        action={saveSessionAction}
        activityId={session.workshop.activityId}
        sessionId={session.id}
        defaults={defaults}
        dateRows={Math.min(20, session.dates.length + 2)}
        rooms={rooms}
      />
    </>
  );
}
