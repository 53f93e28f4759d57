// Reads for the email outbox. Site admins only: messages hold other people's names, addresses and links.
import { assertSiteAdmin } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { storedAttachmentsSchema, type EmailStatusName, type OutboxFilter } from './schemas';

export const OUTBOX_PAGE_SIZE = 25;

export type OutboxRow = {
  id: number;
  status: EmailStatusName;
  toAddress: string;
  subject: string;
  template: string;
  createdAt: Date;
  sentAt: Date | null;
  attempts: number;
  lastError: string | null;
};

export type OutboxPage = {
  rows: OutboxRow[];
  total: number;
  page: number;
  pageSize: number;
  countsByStatus: Record<EmailStatusName, number>;
};

function whereFor(filter: OutboxFilter): Prisma.EmailMessageWhereInput {
  return {
    ...(filter.status ? { status: filter.status } : {}),
    // Prefix search keeps the toAddress index usable; addresses are stored in lower case.
    ...(filter.q ? { toAddress: { startsWith: filter.q.toLowerCase() } } : {}),
  };
}

export async function listOutbox(viewer: Viewer, filter: OutboxFilter): Promise<OutboxPage> {
  assertSiteAdmin(viewer);
  const where = whereFor(filter);
  const [rows, total, grouped] = await Promise.all([
    db.emailMessage.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (filter.page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        toAddress: true,
        subject: true,
        template: true,
        createdAt: true,
        sentAt: true,
        attempts: true,
        lastError: true,
      },
    }),
    db.emailMessage.count({ where }),
    db.emailMessage.groupBy({
      by: ['status'],
      where: filter.q ? { toAddress: { startsWith: filter.q.toLowerCase() } } : {},
      _count: { _all: true },
    }),
  ]);
  const countsByStatus: Record<EmailStatusName, number> = { QUEUED: 0, SENDING: 0, SENT: 0, OUTBOX: 0, FAILED: 0 };
  for (const group of grouped) countsByStatus[group.status] = group._count._all;
  return { rows, total, page: filter.page, pageSize: OUTBOX_PAGE_SIZE, countsByStatus };
}

export type OutboxEmail = OutboxRow & {
  ccAddresses: string[];
  html: string;
  text: string;
  providerId: string | null;
  dedupeKey: string | null;
  user: { id: number; username: string; firstName: string; lastName: string } | null;
  attachments: { index: number; filename: string; contentType: string; sizeBytes: number }[];
};

export async function getOutboxEmail(viewer: Viewer, id: number): Promise<OutboxEmail> {
  assertSiteAdmin(viewer);
  const message = await db.emailMessage.findUnique({
    where: { id },
    include: { user: { select: { id: true, username: true, firstName: true, lastName: true } } },
  });
  if (!message) throw new NotFoundError();
  const attachments = storedAttachmentsSchema.parse(message.attachments).map((attachment, index) => ({
    index,
    filename: attachment.filename,
    contentType: attachment.contentType,
    sizeBytes: Buffer.byteLength(attachment.contentBase64, 'base64'),
  }));
  return {
    id: message.id,
    status: message.status,
    toAddress: message.toAddress,
    ccAddresses: message.ccAddresses,
    subject: message.subject,
    template: message.template,
    createdAt: message.createdAt,
    sentAt: message.sentAt,
    attempts: message.attempts,
    lastError: message.lastError,
    html: message.html,
    text: message.text,
    providerId: message.providerId,
    dedupeKey: message.dedupeKey,
    user: message.user,
    attachments,
  };
}

export type OutboxAttachment = { filename: string; contentType: string; content: Buffer };

export async function getOutboxAttachment(viewer: Viewer, id: number, index: number): Promise<OutboxAttachment> {
  assertSiteAdmin(viewer);
  const message = await db.emailMessage.findUnique({ where: { id }, select: { attachments: true } });
  if (!message) throw new NotFoundError();
  const attachment = storedAttachmentsSchema.parse(message.attachments)[index];
  if (!attachment) throw new NotFoundError();
  return {
    filename: attachment.filename,
    contentType: attachment.contentType,
    content: Buffer.from(attachment.contentBase64, 'base64'),
  };
}
