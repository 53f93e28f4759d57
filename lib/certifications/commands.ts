// Certification record writes inside the completion layer's transaction: when the learner's progress through the
// certification's courses changes (lib/programs/progress.ts), the record moves at once, with no wait for the
// scheduled pass: first progress makes it "in progress", completing the path certifies with the dates of the
// rules (rules.ts completeCertification), and the cycle's expiry goes on the courses' certificates.
import { setCertificateValidity } from '@/lib/certificates/commands';
import type { CompletionTx } from '@/lib/completion/events';
import type { Certification, CertificationCompletion } from '@/lib/generated/prisma/client';
import { completeCertification, type CertificationSettings } from './rules';

export function settingsOf(c: Certification): CertificationSettings {
  return {
    active: { value: c.activeValue, unit: c.activeUnit },
    window: { value: c.windowValue, unit: c.windowUnit },
    minimumActive:
      c.minimumActiveValue && c.minimumActiveUnit ? { value: c.minimumActiveValue, unit: c.minimumActiveUnit } : null,
    recertifyFrom: c.recertifyFrom,
  };
}

/** True when the learner has a cycle to complete: not yet certified, renewing in an open window, or expired. */
export function isCompletable(r: Pick<CertificationCompletion, 'status' | 'renewalStatus'>): boolean {
  return !(r.status === 'CERTIFIED' && r.renewalStatus === 'NOT_DUE');
}

/**
 * Applies the learner's progress on the certification's current path. Returns "certified" when this completed
 * the cycle (the caller marks the program complete), "started" when it moved to in progress, else "unchanged".
 */
export async function applyCertificationProgress(
  tx: CompletionTx,
  input: {
    certification: Certification;
    record: CertificationCompletion;
    complete: boolean;
    anyProgress: boolean;
    at: Date;
    courseIds: number[];
  },
): Promise<'certified' | 'started' | 'unchanged'> {
  const { certification, record, at } = input;
  if (!isCompletable(record)) return 'unchanged';
  if (input.complete) {
    const next = completeCertification(settingsOf(certification), record, at);
    // Conditional on the state we read, so a parallel change (the scheduled pass) is never overwritten.
    const moved = await tx.certificationCompletion.updateMany({
      where: { id: record.id, status: record.status, renewalStatus: record.renewalStatus },
      data: {
        status: next.status,
        renewalStatus: next.renewalStatus,
        path: next.path,
        timeCompleted: next.timeCompleted,
        timeWindowOpens: next.timeWindowOpens,
        timeExpires: next.timeExpires,
        baselineTimeExpires: next.baselineTimeExpires,
      },
    });
    if (moved.count === 0) return 'unchanged';
    await setCertificateValidity(tx, {
      userId: record.userId,
      courseIds: input.courseIds,
      validUntil: next.timeExpires!,
    });
    return 'certified';
  }
  if (input.anyProgress && (record.status === 'ASSIGNED' || record.status === 'EXPIRED')) {
    // Expired stays "renewal expired" (and overdue) while they work on it; the status shows they have started.
    await tx.certificationCompletion.updateMany({
      where: { id: record.id, status: record.status },
      data: { status: 'IN_PROGRESS' },
    });
    return 'started';
  }
  return 'unchanged';
}
