// Admin actions on the outbox.
import { assertSiteAdmin } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { enqueueWithin, prepareQueue } from '@/lib/jobs/enqueue';
import { emailSendJob } from './email-job';

/**
 * Sends a FAILED email again (after the automatic retries gave up, or at once). The conditional update makes a
 * double click, or two admins at once, queue it only once.
 */
export async function retryFailedEmail(viewer: Viewer, id: number): Promise<void> {
  assertSiteAdmin(viewer);
  await prepareQueue(emailSendJob);
  const retried = await db.$transaction(async (tx) => {
    const updated = await tx.emailMessage.updateMany({
      where: { id, status: 'FAILED' },
      data: { status: 'QUEUED' },
    });
    if (updated.count === 0) return false;
    await enqueueWithin(tx, emailSendJob, { messageId: id });
    return true;
  });
  if (retried) return;
  const exists = await db.emailMessage.findUnique({ where: { id }, select: { status: true } });
  if (!exists) throw new NotFoundError();
  throw new ConflictError('Only failed emails can be retried. This one has already been dealt with.');
}
