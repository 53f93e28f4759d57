import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { CancelSessionForm } from '@/components/workshops/admin/session-forms';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { getSessionAdmin } from '@/lib/workshops/admin-queries';
import { cancelSessionAction } from '@/app/admin/workshops/actions';
import { parseIdParam } from '@/lib/validation';

export const metadata: Metadata = { title: 'Cancel session' };

export default async function CancelSessionPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const viewer = await requireAdminPage();
  const { session, attending, waitlist } = await pageOrNotFound(() => getSessionAdmin(viewer, parseIdParam(sessionId)));
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Workshops', href: '/admin/workshops' },
          { label: 'Session', href: `/admin/workshops/sessions/${session.id}` },
          { label: 'Cancel' },
        ]}
      />
      <h1 className="text-3xl font-bold">Cancel this session</h1>
      {session.status === 'CANCELLED' ? (
        <p className="mt-4 text-lg">
          This session is already cancelled.{' '}
          <Link href={`/admin/workshops/sessions/${session.id}`} className="text-[var(--link)] underline">
            Back to the session
          </Link>
        </p>
      ) : (
        <>
          <p className="mt-4 text-lg">
            {attending.length} booked and {waitlist.length} wait-listed{' '}
            {attending.length + waitlist.length === 1 ? 'person' : 'people'} will lose their place and get an email with
            a calendar cancellation. This cannot be undone.
          </p>
          <CancelSessionForm action={cancelSessionAction} sessionId={session.id} />
          <p className="mt-4">
            <Link href={`/admin/workshops/sessions/${session.id}`} className="text-[var(--link)] underline">
              Keep the session
            </Link>
          </p>
        </>
      )}
    </>
  );
}
