import type { Metadata } from 'next';
import Link from 'next/link';
import { RevokeCertificateForm } from '@/components/admin/compliance-forms';
import { CourseAdminHeader } from '@/components/admin/course-tabs';
import { SummaryList } from '@/components/ui/summary-list';
import { pageOrNotFound, requireAdminPage } from '@/lib/auth/guards';
import { getCourseCertificateIssue } from '@/lib/certificates/admin';
import { formatDate } from '@/lib/format';
import { parseIdParam } from '@/lib/validation';
import { revokeCertificateAction } from '../../actions';

export const metadata: Metadata = { title: 'Revoke a certificate' };

export default async function RevokeCertificatePage({
  params,
}: {
  params: Promise<{ courseId: string; issueId: string }>;
}) {
  const viewer = await requireAdminPage();
  const p = await params;
  const courseId = parseIdParam(p.courseId);
  const { course, issue } = await pageOrNotFound(() =>
    getCourseCertificateIssue(viewer, courseId, parseIdParam(p.issueId)),
  );
  return (
    <div>
      <CourseAdminHeader courseId={course.id} fullName={course.fullName} section="Certificates" />
      <h2 className="mt-8 text-2xl font-bold">Revoke the certificate of {issue.learnerName}</h2>
      <SummaryList
        className="mt-4"
        rows={[
          { key: 'Awarded to', value: issue.learnerName },
          { key: 'Course', value: issue.courseName },
          { key: 'Completed', value: formatDate(issue.completedAt) },
          { key: 'Issued', value: formatDate(issue.issuedAt) },
          { key: 'Verification code', value: <span className="font-mono">{issue.code}</span> },
        ]}
      />
      {issue.revokedAt ? (
        <p className="mt-6">
          Already revoked on {formatDate(issue.revokedAt)}: {issue.revokedReason}
        </p>
      ) : (
        <>
          <p className="mt-6 max-w-3xl">
            A revoked certificate no longer opens and the public check says it is not verified. The learner keeps their
            course completion. You cannot undo this, but you can issue a new certificate afterwards.
          </p>
          <RevokeCertificateForm action={revokeCertificateAction} courseId={course.id} issueId={issue.id} />
        </>
      )}
      <p className="mt-6">
        <Link href={`/admin/courses/${course.id}/certificates`} className="text-[var(--link)] underline">
          Back to the certificates
        </Link>
      </p>
    </div>
  );
}
