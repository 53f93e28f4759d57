import type { Metadata } from 'next';
import { AccessStatusForm } from '@/components/access-requests/status-form';
import { AccessStatusTag } from '@/components/access-requests/status-tag';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { SummaryList } from '@/components/ui/summary-list';
import { getAccessRequestForTeam } from '@/lib/access-requests/queries';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { formatDate, formatDateTime } from '@/lib/format';
import { parseIdParam } from '@/lib/validation';
import { updateAccessRequestStatusAction } from '../actions';

export const metadata: Metadata = { title: 'Access request' };

export default async function AccessRequestAdminPage({ params }: { params: Promise<{ requestId: string }> }) {
  const viewer = await requireAdminPage();
  const requestId = parseIdParam((await params).requestId);
  const r = await pageOrNotFound(() => getAccessRequestForTeam(viewer, requestId));
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Access requests', href: '/admin/access-requests' },
          { label: r.learner.name },
        ]}
      />
      <h1 className="text-3xl font-bold">
        {r.learner.name}: access to {r.systemName}
      </h1>
      <SummaryList
        className="mt-6"
        rows={[
          { key: 'Learner', value: `${r.learner.name} (${r.learner.username})` },
          { key: 'Email', value: r.learner.email ?? 'No email address' },
          { key: 'Course', value: r.course.fullName },
          { key: 'Sent', value: formatDateTime(r.submittedAt) },
          { key: 'Status', value: <AccessStatusTag status={r.status} /> },
          {
            key: 'Last changed',
            value: r.handledAt ? `${formatDate(r.handledAt)}${r.handledBy ? ` by ${r.handledBy}` : ''}` : null,
          },
          { key: 'Note', value: r.note },
          ...r.answers.map((a) => ({ key: a.label, value: a.value || '–' })),
        ]}
      />
      <h2 className="mt-10 text-2xl font-bold">Change the status</h2>
      <AccessStatusForm
        action={updateAccessRequestStatusAction}
        requestId={r.id}
        status={r.status}
        note={r.note ?? ''}
      />
    </div>
  );
}
