import type { Metadata } from 'next';
import Link from 'next/link';
import { ResolveContentReportForm } from '@/components/content-reports/resolve-form';
import { ContentReportStatusTag } from '@/components/content-reports/status-tag';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { SummaryList } from '@/components/ui/summary-list';
import { pageOrNotFound, requireAdminPage } from '@/lib/auth/guards';
import { getContentReportForTeam } from '@/lib/content-reports/queries';
import { formatDate, formatDateTime } from '@/lib/format';
import { parseIdParam } from '@/lib/validation';
import { resolveContentReportAction } from '../actions';

export const metadata: Metadata = { title: 'Content problem report' };

export default async function ContentReportPage({ params }: { params: Promise<{ reportId: string }> }) {
  const viewer = await requireAdminPage();
  const reportId = parseIdParam((await params).reportId);
  const r = await pageOrNotFound(() => getContentReportForTeam(viewer, reportId));
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Content problem reports', href: '/admin/content-reports' },
          { label: `Report ${r.id}` },
        ]}
      />
      <h1 className="text-3xl font-bold">Problem reported with {r.course.fullName}</h1>
      <SummaryList
        className="mt-6"
        rows={[
          {
            key: 'Course',
            value: (
              <Link href={`/admin/courses/${r.course.id}`} className="text-[var(--link)] underline">
                {r.course.fullName}
              </Link>
            ),
          },
          { key: 'Where', value: r.where ?? 'The course in general' },
          { key: 'Problem', value: <span className="whitespace-pre-wrap">{r.message}</span> },
          { key: 'Reported by', value: `${r.learner.name} (${r.learner.username})` },
          { key: 'Email', value: r.learner.email ?? 'No email address' },
          { key: 'Sent', value: formatDateTime(r.createdAt) },
          { key: 'Status', value: <ContentReportStatusTag status={r.status} /> },
          {
            key: 'Resolved',
            value: r.resolvedAt ? `${formatDate(r.resolvedAt)}${r.resolvedBy ? ` by ${r.resolvedBy}` : ''}` : null,
          },
          { key: 'Note to the learner', value: r.resolutionNote },
        ]}
      />
      {r.status === 'OPEN' ? (
        <>
          <h2 className="mt-10 text-2xl font-bold">Mark resolved</h2>
          <ResolveContentReportForm action={resolveContentReportAction} reportId={r.id} />
        </>
      ) : null}
    </div>
  );
}
