// The one way iLearn+ sends email. Renders the template, records an EmailMessage (QUEUED) and queues the
// `email.send` job in the same transaction. Never sends inline: callers return at once, the worker delivers.
import { z } from 'zod';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { enqueueWithin, prepareQueue } from '@/lib/jobs/enqueue';
import { wakeWorkers } from '@/lib/jobs/worker';
import { emailSendJob } from './email-job';
import { attachmentInputSchema, emailAddressSchema, type AttachmentInput, type StoredAttachment } from './schemas';
import { renderEmail, type EmailTemplate } from './template';
import { DEFAULT_EMAIL_BRAND, type EmailBrand } from '@/emails/components/brand';
import { safeBrandColour } from '@/lib/organisations/rules';

export type SendEmailInput<P extends object> = {
  to: string;
  cc?: string[];
  template: EmailTemplate<P>;
  props: P;
  attachments?: AttachmentInput[];
  /** The same logical email ("booking-confirmation:42:0") is recorded and sent once, however often this is called. */
  dedupeKey?: string;
  /** The account the email is about (shown in the outbox); the email carries its organisation's brand. */
  userId?: number;
  /** Whose brand and help contacts the email carries when it is about no account (an account request). */
  organisationId?: number;
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
  organisationId: z.number().int().positive().optional(),
});

const BRAND_FIELDS = {
  name: true,
  logoText: true,
  primaryColour: true,
  contactEmail: true,
  contactPhone: true,
  contactHours: true,
} as const;

/** The brand of the organisation of the account the email is about (or the one named), else iLearn+'s own. */
async function brandFor(
  tx: Prisma.TransactionClient,
  input: { userId?: number; organisationId?: number },
): Promise<EmailBrand> {
  const org = input.userId
    ? (await tx.user.findUnique({ where: { id: input.userId }, select: { organisation: { select: BRAND_FIELDS } } }))
        ?.organisation
    : input.organisationId
      ? await tx.organisation.findUnique({ where: { id: input.organisationId }, select: BRAND_FIELDS })
      : null;
  if (!org) return DEFAULT_EMAIL_BRAND;
  return {
    organisationName: org.name,
    logoText: org.logoText?.trim() || 'iLearn+',
    colour: safeBrandColour(org.primaryColour, DEFAULT_EMAIL_BRAND.colour),
    helpEmail: org.contactEmail?.trim() || DEFAULT_EMAIL_BRAND.helpEmail,
    helpPhone: org.contactPhone?.trim() || null,
    helpHours: org.contactHours?.trim() || null,
  };
}

function toStored(attachment: AttachmentInput): StoredAttachment {
  const bytes = typeof attachment.content === 'string' ? Buffer.from(attachment.content, 'utf8') : attachment.content;
  return {
    filename: attachment.filename,
    contentType: attachment.contentType,
    contentBase64: Buffer.from(bytes).toString('base64'),
  };
}

/** Makes the email queue ready for `sendEmailWithin`: call it BEFORE opening the transaction. */
export async function prepareEmail(): Promise<void> {
  await prepareQueue(emailSendJob);
}

/**
 * Records the email and queues its delivery inside the caller's transaction: the email exists if and only if the
 * transaction commits (a token and the email carrying it can never be parted by a crash). Call prepareEmail()
 * before opening the transaction. With a dedupeKey already used, nothing is added and `created` is false.
 */
export async function sendEmailWithin<P extends object>(
  tx: Prisma.TransactionClient,
  input: SendEmailInput<P>,
): Promise<SendEmailResult> {
  const parsed = inputSchema.parse(input);
  const rendered = await renderEmail(input.template, input.props, await brandFor(tx, parsed));
  const [message] = await tx.emailMessage.createManyAndReturn({
    data: [
      {
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
    ],
    skipDuplicates: true,
    select: { id: true },
  });
  if (!message) {
    const existing = await tx.emailMessage.findUniqueOrThrow({
      where: { dedupeKey: parsed.dedupeKey },
      select: { id: true },
    });
    return { id: existing.id, created: false };
  }
  await enqueueWithin(tx, emailSendJob, { messageId: message.id });
  return { id: message.id, created: true };
}

/** Starts delivery of emails queued by sendEmailWithin now rather than at the next poll; call after the commit. */
export function wakeEmailWorkers(): void {
  wakeWorkers(emailSendJob.name);
}

/** Records and queues one email in its own transaction. */
export async function sendEmail<P extends object>(input: SendEmailInput<P>): Promise<SendEmailResult> {
  const parsed = inputSchema.parse(input);
  if (parsed.dedupeKey) {
    const existing = await db.emailMessage.findUnique({ where: { dedupeKey: parsed.dedupeKey }, select: { id: true } });
    if (existing) return { id: existing.id, created: false };
  }
  await prepareEmail();
  const result = await db.$transaction((tx) => sendEmailWithin(tx, input));
  if (result.created) wakeEmailWorkers();
  return result;
}
