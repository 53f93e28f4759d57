// Certificates listen to the completion layer: a completed course issues its certificates (in the completing
// transaction, so the date is there the moment the course is complete), a reset archives them.
import { courseCompletedSubscriber, courseResetSubscriber } from '@/lib/completion/events';
import { archiveCertificatesForCourse, issueCertificatesForCompletion } from './commands';

export const issueCertificatesOnCompletion = courseCompletedSubscriber('certificates.issue', async (tx, e) => {
  await issueCertificatesForCompletion(tx, { userId: e.userId, courseId: e.courseId, completedAt: e.completedAt });
});

export const archiveCertificatesOnReset = courseResetSubscriber('certificates.archive', async (tx, e) => {
  await archiveCertificatesForCourse(tx, { userId: e.userId, courseId: e.courseId, at: e.at });
});
