// The `email.send` job: delivers one EmailMessage row. With RESEND_API_KEY → Resend (SENT, or FAILED and the job
// throws so pg-boss retries with backoff); without → OUTBOX, kept for site admins to read. Never loses a message.
import { z } from 'zod';
import { db } from '@/lib/db';
import { defineJob, type JobContext } from '@/lib/jobs/define';
import { isProviderConfigured, sendWithProvider } from './provider';
import { storedAttachmentsSchema } from './schemas';

const MAX_ERROR_LENGTH = 2000;

/** A claim older than this is treated as abandoned (the worker died mid-send): the job's own expiry. */
export const SEND_LEASE_SECONDS = 5 * 60;

export async function deliverEmail(messageId: number, context: Pick<JobContext, 'jobId'>): Promise<void> {
  // Claim the message in one conditional update. Only QUEUED or FAILED messages (or a SENDING claim whose worker
  // died) are taken, so a duplicate job, a second worker or a manual retry never sends the same message twice.
  const staleBefore = new Date(Date.now() - SEND_LEASE_SECONDS * 1000);
  const claimed = await db.emailMessage.updateMany({
    where: {
      id: messageId,
      OR: [{ status: { in: ['QUEUED', 'FAILED'] } }, { status: 'SENDING', claimedAt: { lt: staleBefore } }],
    },
    data: { status: 'SENDING', claimedAt: new Date(), attempts: { increment: 1 } },
  });
  if (claimed.count === 0) return;
  if (!isProviderConfigured()) {
    await db.emailMessage.update({ where: { id: messageId }, data: { status: 'OUTBOX', lastError: null } });
    return;
  }
  const message = await db.emailMessage.findUniqueOrThrow({ where: { id: messageId } });
  try {
    const providerId = await sendWithProvider({
      idempotencyKey: `ilearn-email-${message.id}-${context.jobId}`,
      to: message.toAddress,
      cc: message.ccAddresses,
      subject: message.subject,
      html: message.html,
      text: message.text,
      attachments: storedAttachmentsSchema.parse(message.attachments),
    });
    await db.emailMessage.update({
      where: { id: messageId },
      data: { status: 'SENT', providerId, sentAt: new Date(), lastError: null },
    });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    await db.emailMessage.update({
      where: { id: messageId },
      data: { status: 'FAILED', lastError: text.slice(0, MAX_ERROR_LENGTH) },
    });
    throw error;
  }
}

export const emailSendJob = defineJob({
  name: 'email.send',
  schema: z.object({ messageId: z.number().int().positive() }),
  // About 30 s, 1, 2, 4, 8, 16, 32 and 64 minutes (plus jitter): a provider outage of a couple of hours is absorbed.
  retryLimit: 8,
  retryDelaySeconds: 30,
  retryBackoff: true,
  expireInSeconds: SEND_LEASE_SECONDS,
  handler: ({ messageId }, context) => deliverEmail(messageId, context),
});
