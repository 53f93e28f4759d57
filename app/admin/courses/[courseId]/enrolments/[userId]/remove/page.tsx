import type { Metadata } from 'next';
import { RemoveEnrolmentConfirm } from '@/components/admin/remove-enrolment';
import { pageOrNotFound, requireAdminPage } from '@/lib/auth/guards';
import { getEnrolmentToRemove } from '@/lib/enrolment/queries';
import { parseIdParam } from '@/lib/validation';
import { unenrolAction } from '../../../../actions';

export const metadata: Metadata = { title: 'Remove from course' };

export default async function RemoveEnrolmentPage({
  params,
}: {
  params: Promise<{ courseId: string; userId: string }>;
}) {
  const viewer = await requireAdminPage();
  const { courseId, userId } = await params;
  const removal = await pageOrNotFound(() =>
    getEnrolmentToRemove(viewer, parseIdParam(courseId), parseIdParam(userId)),
  );
  return <RemoveEnrolmentConfirm removal={removal} action={unenrolAction} />;
}
