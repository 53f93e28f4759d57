// Certificate writes inside the completion layer's transactions: issue once when the course completes, archive
// when the course is reset (recertification), so the next completion issues a new certificate with its new date.
import type { CompletionTx } from '@/lib/completion/events';
import { newVerificationCode } from './codes';

export type IssueInput = { userId: number; courseId: number; completedAt: Date; validUntil?: Date | null };

/**
 * Issues each certificate of the course to the learner, at most once: the unique (certificate, learner,
 * current) key makes a second completion, or two at once, a no-op. Name, course and dates are frozen here.
 */
export async function issueCertificatesForCompletion(tx: CompletionTx, input: IssueInput): Promise<number> {
  const [certificates, user] = await Promise.all([
    tx.certificate.findMany({
      where: { activity: { courseId: input.courseId } },
      select: { id: true, activity: { select: { course: { select: { fullName: true } } } } },
    }),
    tx.user.findUnique({ where: { id: input.userId }, select: { firstName: true, lastName: true } }),
  ]);
  if (certificates.length === 0 || !user) return 0;
  const issuedAt = new Date();
  const created = await tx.certificateIssue.createMany({
    data: certificates.map((c) => ({
      certificateId: c.id,
      userId: input.userId,
      code: newVerificationCode(),
      issuedAt,
      completedAt: input.completedAt,
      learnerName: `${user.firstName} ${user.lastName}`.trim(),
      courseName: c.activity.course.fullName,
      validUntil: input.validUntil ?? null,
      currentFlag: true,
    })),
    skipDuplicates: true,
  });
  return created.count;
}

/** Moves the learner's current certificates of the course to the archive (still listed and verifiable). */
export async function archiveCertificatesForCourse(
  tx: CompletionTx,
  input: { userId: number; courseId: number; at: Date },
): Promise<number> {
  const archived = await tx.certificateIssue.updateMany({
    where: { userId: input.userId, currentFlag: true, certificate: { activity: { courseId: input.courseId } } },
    data: { currentFlag: null, archivedAt: input.at },
  });
  return archived.count;
}

/** A certification cycle's expiry printed on its courses' current certificates ("Valid until"). */
export async function setCertificateValidity(
  tx: CompletionTx,
  input: { userId: number; courseIds: number[]; validUntil: Date },
): Promise<number> {
  if (input.courseIds.length === 0) return 0;
  const updated = await tx.certificateIssue.updateMany({
    where: {
      userId: input.userId,
      currentFlag: true,
      pdfFileId: null,
      certificate: { activity: { courseId: { in: input.courseIds } } },
    },
    data: { validUntil: input.validUntil },
  });
  return updated.count;
}
