import type { Metadata } from 'next';
import Link from 'next/link';
import { IssueCertificateForm } from '@/components/admin/compliance-forms';
import { CourseAdminHeader } from '@/components/admin/course-tabs';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { ResponsiveTable, Td, Th } from '@/components/ui/table';
import { Tag } from '@/components/ui/tag';
import { pageOrNotFound, requireAdminPage } from '@/lib/auth/guards';
import { listCourseCertificates, type CourseCertificateRow } from '@/lib/certificates/admin';
import { formatDate } from '@/lib/format';
import { parseIdParam } from '@/lib/validation';
import { issueCertificateAction } from './actions';

export const metadata: Metadata = { title: 'Certificates' };

function StatusTag({ status }: { status: CourseCertificateRow['status'] }) {
  if (status === 'current') return <Tag tone="green">Current</Tag>;
  if (status === 'revoked') return <Tag tone="red">Revoked</Tag>;
  return <Tag>Replaced</Tag>;
}

export default async function CourseCertificatesPage({
  params,
  searchParams,
}: {
  params: Promise<{ courseId: string }>;
  searchParams: Promise<{ revoked?: string }>;
}) {
  const viewer = await requireAdminPage();
  const courseId = parseIdParam((await params).courseId);
  const { revoked } = await searchParams;
  const { course, certificates, rows } = await pageOrNotFound(() => listCourseCertificates(viewer, courseId));
  return (
    <div>
      <CourseAdminHeader courseId={course.id} fullName={course.fullName} section="Certificates" />
      {revoked ? (
        <div className="mt-6">
          <NotificationBanner tone="success">
            The certificate is revoked. It no longer opens or verifies, and the learner sees your reason.
          </NotificationBanner>
        </div>
      ) : null}
      <h2 className="mt-8 text-2xl font-bold">Issue a certificate</h2>
      {certificates.length === 0 ? (
        <p className="mt-2">
          This course has no certificate activity. Add one under{' '}
          <Link href={`/admin/courses/${course.id}/activities`} className="text-[var(--link)] underline">
            Activities and completion
          </Link>
          .
        </p>
      ) : (
        <>
          <p className="mt-2 max-w-3xl">
            Certificates are issued automatically when someone completes the course. Issue one by hand for learning
            recorded elsewhere, or to replace a revoked one.
          </p>
          <IssueCertificateForm action={issueCertificateAction} courseId={course.id} certificates={certificates} />
        </>
      )}
      <h2 className="mt-10 text-2xl font-bold">Issued certificates ({rows.length})</h2>
      {rows.length === 0 ? (
        <p className="mt-2">No certificates have been issued yet.</p>
      ) : (
        <ResponsiveTable
          caption="Certificates issued from this course, newest first"
          head={
            <>
              <Th>Learner</Th>
              <Th>Completed</Th>
              <Th>Issued</Th>
              <Th>Code</Th>
              <Th>Status</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </>
          }
        >
          {rows.map((r) => (
            <tr key={r.id}>
              <Td label="Learner">
                {r.learnerName} ({r.username})
              </Td>
              <Td label="Completed">{formatDate(r.completedAt)}</Td>
              <Td label="Issued">
                {formatDate(r.issuedAt)}
                {r.issueReason ? <span className="block text-slate-700">By hand: {r.issueReason}</span> : null}
              </Td>
              <Td label="Code">
                <span className="font-mono">{r.code}</span>
              </Td>
              <Td label="Status">
                <StatusTag status={r.status} />
                {r.revokedAt ? (
                  <span className="block text-slate-700">
                    {formatDate(r.revokedAt)}: {r.revokedReason}
                  </span>
                ) : null}
              </Td>
              <Td label="Actions">
                {r.status === 'revoked' ? null : (
                  <Link
                    href={`/admin/courses/${course.id}/certificates/${r.id}/revoke`}
                    className="inline-flex min-h-11 items-center text-[var(--link)] underline"
                  >
                    Revoke<span className="sr-only"> the certificate of {r.learnerName}</span>
                  </Link>
                )}
              </Td>
            </tr>
          ))}
        </ResponsiveTable>
      )}
    </div>
  );
}
