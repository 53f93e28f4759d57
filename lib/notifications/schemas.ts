import { z } from 'zod';
import { idSchema } from '@/lib/validation';

export const emailAddressSchema = z.email({ error: 'Enter an email address in the correct format' });

/** An attachment as callers pass it; content as text (e.g. an .ics file) or bytes. */
export const attachmentInputSchema = z.object({
  filename: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^/\\\0]+$/, 'Attachment names cannot contain slashes'),
  contentType: z.string().min(3).max(200),
  content: z.union([z.string(), z.instanceof(Uint8Array)]),
});
export type AttachmentInput = z.input<typeof attachmentInputSchema>;

/** An attachment as stored on EmailMessage.attachments. */
export const storedAttachmentSchema = z.object({
  filename: z.string(),
  contentType: z.string(),
  contentBase64: z.string(),
});
export type StoredAttachment = z.output<typeof storedAttachmentSchema>;
export const storedAttachmentsSchema = z.array(storedAttachmentSchema);

export const EMAIL_STATUSES = ['QUEUED', 'SENDING', 'SENT', 'OUTBOX', 'FAILED'] as const;
export type EmailStatusName = (typeof EMAIL_STATUSES)[number];

/** Outbox filters from the query string. Anything unexpected falls back to "no filter". */
export const outboxFilterSchema = z.object({
  status: z.enum(EMAIL_STATUSES).optional().catch(undefined),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined),
  page: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .optional()
    .catch(undefined)
    .transform((value) => value ?? 1),
});
export type OutboxFilter = { status?: EmailStatusName; q?: string; page: number };

export const emailIdSchema = idSchema;
