// The one way iLearn+ sends email. Renders the template, records an EmailMessage (QUEUED) and queues the
// `email.send` job in the same transaction. Never sends inline: callers return at once, the worker delivers.
import { z } from 'zod';
import { db } from '@/lib/db';
import { isUniqueViolation } from '@/lib/errors';
import { enqueueWithin, prepareQueue } from '@/lib/jobs/enqueue';
import { wakeWorkers } from '@/lib/jobs/worker';
import { emailSendJob } from './email-job';
import { attachmentInputSchema, emailAddressSchema, type AttachmentInput, type StoredAttachment } from './schemas';
import { renderEmail, type EmailTemplate } from './template';

export type SendEmailInput<P extends object> = {
  to: string;
  cc?: string[];
  template: EmailTemplate<P>;
  props: P;
  attachments?: AttachmentInput[];
  /** The same logical email ("booking-confirmation:42:0") is recorded and sent once, however often this is called. */
  dedupeKey?: string;
  /** The account the email is about (shown in the outbox). */
  userId?: number;
};

export type SendEmailResult = { id: number; created: boolean };

const inputSchema = z.object({
  // Stored in lower case: addresses are matched case-insensitively in practice, and the outbox searches them.
  to: emailAddressSchema.transform((address) => address.toLowerCase()),
  cc: z
    .array(emailAddressSchema.transform((address) => address.toLowerCase()))
    .max(20)
    .default([]),
  attachments: z.array(attachmentInputSchema).max(10).default([]),
  dedupeKey: z.string().min(1).max(300).optional(),
  userId: z.number().int().positive().optional(),
});

function toStored(attachment: AttachmentInput): StoredAttachment {
  const bytes = typeof attachment.content === 'string' ? Buffer.from(attachment.content, 'utf8') : attachment.content;
  return {
    filename: attachment.filename,
    contentType: attachment.contentType,
    contentBase64: Buffer.from(bytes).toString('base64'),
  };
}

export async function sendEmail<P extends object>(input: SendEmailInput<P>): Promise<SendEmailResult> {
  const parsed = inputSchema.parse(input);
  if (parsed.dedupeKey) {
    const existing = await db.emailMessage.findUnique({ where: { dedupeKey: parsed.dedupeKey }, select: { id: true } });
    if (existing) return { id: existing.id, created: false };
  }
  const rendered = await renderEmail(input.template, input.props);
  await prepareQueue(emailSendJob);
  try {
    const id = await db.$transaction(async (tx) => {
      const message = await tx.emailMessage.create({
        data: {
          dedupeKey: parsed.dedupeKey,
          template: input.template.name,
          toAddress: parsed.to,
          ccAddresses: parsed.cc,
          userId: parsed.userId,
          subject: rendered.subject,
          html: rendered.html,
          text: rendered.text,
          attachments: parsed.attachments.map(toStored),
        },
        select: { id: true },
      });
      await enqueueWithin(tx, emailSendJob, { messageId: message.id });
      return message.id;
    });
    wakeWorkers(emailSendJob.name);
    return { id, created: true };
  } catch (error) {
    // A parallel call with the same dedupeKey committed first: that one is the email.
    if (parsed.dedupeKey && isUniqueViolation(error)) {
      const existing = await db.emailMessage.findUnique({
        where: { dedupeKey: parsed.dedupeKey },
        select: { id: true },
      });
      if (existing) return { id: existing.id, created: false };
    }
    throw error;
  }
}
