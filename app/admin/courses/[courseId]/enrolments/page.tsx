import type { Metadata } from 'next';
import { CourseAdminHeader } from '@/components/admin/course-tabs';
import { EnrolUsersForm } from '@/components/admin/enrol-users-form';
import { ENROLMENT_SOURCE } from '@/components/admin/remove-enrolment';
import Link from 'next/link';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { ResponsiveTable, Td, Th } from '@/components/ui/table';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { requireCourseManager } from '@/lib/auth/course-manager';
import { listCourseEnrolments } from '@/lib/catalogue/admin-queries';
import { formatDate } from '@/lib/format';
import { enrolUsersAction } from '../../actions';
import { parseIdParam } from '@/lib/validation';

export const metadata: Metadata = { title: 'Enrolments' };

export default async function EnrolmentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ courseId: string }>;
  searchParams: Promise<{ removed?: string }>;
}) {
  const viewer = await requireAdminPage();
  const courseId = parseIdParam((await params).courseId);
  const { removed } = await searchParams;
  const course = await pageOrNotFound(() => requireCourseManager(viewer, courseId));
  const enrolments = await listCourseEnrolments(viewer, courseId);
  return (
    <div>
      <CourseAdminHeader courseId={course.id} fullName={course.fullName} section="Enrolments" />
      {removed ? (
        <div className="mt-6">
          <NotificationBanner tone="success">
            The person has been removed from the course. Any progress they made stays in their Record of Learning.
          </NotificationBanner>
        </div>
      ) : null}
      <h2 className="mt-8 text-2xl font-bold">Enrol people</h2>
      <EnrolUsersForm action={enrolUsersAction} courseId={course.id} />
      <h2 className="mt-10 text-2xl font-bold">Enrolled ({enrolments.length})</h2>
      {enrolments.length === 0 ? (
        <p className="mt-2">Nobody is enrolled yet.</p>
      ) : (
        <ResponsiveTable
          caption="People enrolled on this course"
          head={
            <>
              <Th>Name</Th>
              <Th>Username</Th>
              <Th>Enrolled by</Th>
              <Th>Date</Th>
              <Th>Progress</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </>
          }
        >
          {enrolments.map((e) => {
            const completion = e.user.courseCompletions[0];
            const done = completion?.status === 'COMPLETE' || completion?.status === 'COMPLETE_RPL';
            return (
              <tr key={e.user.id}>
                <Td label="Name">
                  {e.user.firstName} {e.user.lastName}
                </Td>
                <Td label="Username">{e.user.username}</Td>
                <Td label="Enrolled by">{ENROLMENT_SOURCE[e.source] ?? e.source}</Td>
                <Td label="Date">{formatDate(e.enrolledAt)}</Td>
                <Td label="Progress">{completion ? (done ? 'Complete' : `${completion.progressPercent}%`) : '–'}</Td>
                <Td label="Actions">
                  <Link
                    href={`/admin/courses/${course.id}/enrolments/${e.user.id}/remove`}
                    className="inline-flex min-h-11 items-center text-[var(--link)] underline"
                  >
                    Remove
                    <span className="sr-only">
                      {' '}
                      {e.user.firstName} {e.user.lastName}
                    </span>
                  </Link>
                </Td>
              </tr>
            );
          })}
        </ResponsiveTable>
      )}
    </div>
  );
}
