// Account request writes: submitted by people without an account, confirmed by email, approved or rejected by
// site admins.
import { randomInt } from 'node:crypto';
import { db } from '@/lib/db';
import { REQUEST_SELECT } from '@/lib/accounts/requests-queries';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AccountRequestInput } from '@/lib/accounts/schemas';
import { consumeToken, issueToken } from '@/lib/accounts/tokens';
import { writeAudit } from '@/lib/accounts/audit';
import { hashPassword } from '@/lib/accounts/password';
import { getPasswordPolicy } from '@/lib/accounts/settings';
import { generateTemporaryPassword } from '@/lib/accounts/policy-rules';
import { nextFreeUsername, usernameBase } from '@/lib/accounts/username-rules';
import { assertSiteAdmin } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { ConflictError, isUniqueViolation, NotFoundError, ValidationError } from '@/lib/errors';
import { CONFIRM_LINK_HOURS, sendAccountRequestEmail, type SubmitOutcome } from '@/lib/accounts/emails';
import { prepareEmail, wakeEmailWorkers } from '@/lib/notifications/send-email';

/** An identical request within this long of the last link is a repeat (a double click, a retry): no new email. */
const REPEAT_WINDOW_MS = 10 * 60_000;

export type { SubmitOutcome } from '@/lib/accounts/emails';

/**
 * Records a request and queues its email (the confirmation link in the same transaction as its token). The page
 * shows the same "check your email" answer for every outcome, so the form never reveals whether an address
 * already has an account or a request.
 */
export async function submitAccountRequest(input: AccountRequestInput): Promise<SubmitOutcome> {
  const outcome = await recordAccountRequest(input);
  if (outcome.kind === 'confirm') wakeEmailWorkers();
  else await sendAccountRequestEmail(outcome);
  return outcome;
}

async function recordAccountRequest(input: AccountRequestInput): Promise<SubmitOutcome> {
  const organisationId = input.organisationId === 'other' ? null : Number(input.organisationId);
  if (organisationId !== null) {
    const org = await db.organisation.findUnique({ where: { id: organisationId }, select: { id: true } });
    if (!org) throw new ValidationError({ organisationId: 'Select your organisation' });
  }
  const existing = await db.user.findMany({
    where: { email: { equals: input.email, mode: 'insensitive' }, status: { not: 'DELETED' } },
    select: { username: true },
    orderBy: { username: 'asc' },
  });
  if (existing.length > 0) {
    return {
      kind: 'existing-account',
      to: input.email,
      firstName: input.firstName,
      usernames: existing.map((u) => u.username),
    };
  }
  const open = await db.accountRequest.findFirst({
    where: {
      email: { equals: input.email, mode: 'insensitive' },
      status: { in: ['AWAITING_CONFIRMATION', 'PENDING'] },
    },
    select: { id: true, status: true },
  });
  if (open?.status === 'PENDING') return { kind: 'already-pending', to: input.email, firstName: input.firstName };
  const data = {
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email,
    phone: input.phone ?? null,
    organisationId,
    organisationOther: organisationId === null ? (input.organisationOther ?? null) : null,
    jobTitle: input.jobTitle,
    workplace: input.workplace ?? null,
    managerName: input.managerName,
    managerEmail: input.managerEmail,
    reason: input.reason ?? null,
  };
  await prepareEmail();
  try {
    return await db.$transaction(async (tx) => {
      if (open) {
        // Parallel repeats of one request queue here; the first sends the link, the others see it.
        await tx.$queryRaw`SELECT id FROM "AccountRequest" WHERE id = ${open.id} FOR UPDATE`;
        if (await isRepeat(tx, open.id, data)) return { kind: 'duplicate' as const };
      }
      // Not yet confirmed: the newest details replace the old ones and a fresh link is sent.
      const request = open
        ? await tx.accountRequest.update({ where: { id: open.id }, data, select: { id: true } })
        : await tx.accountRequest.create({ data, select: { id: true } });
      const token = await issueToken(
        { purpose: 'EMAIL_CONFIRM', accountRequestId: request.id, minutes: CONFIRM_LINK_HOURS * 60 },
        tx,
      );
      const outcome = {
        kind: 'confirm' as const,
        to: input.email,
        firstName: input.firstName,
        token,
        requestId: request.id,
        organisationId,
      };
      await sendAccountRequestEmail(outcome, tx);
      return outcome;
    });
  } catch (error) {
    // A parallel submission with the same email won the unique index on open requests and sends the link.
    if (isUniqueViolation(error)) return { kind: 'duplicate' };
    throw error;
  }
}

async function isRepeat(
  tx: Prisma.TransactionClient,
  id: number,
  data: Record<string, string | number | null>,
): Promise<boolean> {
  const current = await tx.accountRequest.findUnique({ where: { id }, select: REQUEST_FIELDS });
  if (!current || current.status !== 'AWAITING_CONFIRMATION') return false;
  if (Object.entries(data).some(([key, value]) => current[key as keyof typeof current] !== value)) return false;
  const recent = await tx.authToken.count({
    where: {
      accountRequestId: id,
      purpose: 'EMAIL_CONFIRM',
      usedAt: null,
      createdAt: { gt: new Date(Date.now() - REPEAT_WINDOW_MS) },
    },
  });
  return recent > 0;
}

const REQUEST_FIELDS = {
  status: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  organisationId: true,
  organisationOther: true,
  jobTitle: true,
  workplace: true,
  managerName: true,
  managerEmail: true,
  reason: true,
} as const;

/** The emailed link: moves the request into the approval queue. Null when the link is not valid. */
export async function confirmAccountRequestEmail(
  token: string,
): Promise<{ requestId: number; firstName: string } | null> {
  return db.$transaction(async (tx) => {
    const owner = await consumeToken(token, 'EMAIL_CONFIRM', tx);
    if (!owner?.accountRequestId) return null;
    const { count } = await tx.accountRequest.updateMany({
      where: { id: owner.accountRequestId, status: 'AWAITING_CONFIRMATION' },
      data: { status: 'PENDING', emailConfirmedAt: new Date() },
    });
    if (count !== 1) return null;
    const request = await tx.accountRequest.findUniqueOrThrow({
      where: { id: owner.accountRequestId },
      select: { id: true, firstName: true },
    });
    await writeAudit(
      { actorId: null, action: 'account-request.confirmed', entityType: 'AccountRequest', entityId: request.id },
      tx,
    );
    return { requestId: request.id, firstName: request.firstName };
  });
}

export type ApprovalOutcome = {
  to: string;
  firstName: string;
  username: string;
  temporaryPassword: string;
  userId: number;
};

/** Approves a confirmed request: creates the account with a temporary password. Only one approver wins. */
export async function approveAccountRequest(
  viewer: Viewer,
  input: { id: number; organisationId: number },
  ip: string | null = null,
): Promise<ApprovalOutcome> {
  assertSiteAdmin(viewer);
  const policy = await getPasswordPolicy();
  const temporaryPassword = generateTemporaryPassword(policy, (max) => randomInt(max));
  const passwordHash = await hashPassword(temporaryPassword);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      return await db.$transaction(async (tx) => {
        const request = await tx.accountRequest.findUnique({ where: { id: input.id }, select: REQUEST_SELECT });
        if (!request) throw new NotFoundError();
        const org = await tx.organisation.findUnique({ where: { id: input.organisationId }, select: { id: true } });
        if (!org) throw new ValidationError({ organisationId: 'Select an organisation' });
        const claimed = await tx.accountRequest.updateMany({
          where: { id: input.id, status: 'PENDING' },
          data: {
            status: 'APPROVED',
            decidedById: viewer.id,
            decidedAt: new Date(),
            organisationId: input.organisationId,
          },
        });
        if (claimed.count !== 1)
          throw new ConflictError(
            'This request has already been dealt with, or its email address has not been confirmed yet.',
          );
        const clash = await tx.user.findFirst({
          where: { email: { equals: request.email, mode: 'insensitive' }, status: { not: 'DELETED' } },
          select: { id: true },
        });
        if (clash)
          throw new ConflictError(
            'An account with this email address already exists. Reject this request and tell the person to use "Forgotten your username or password?".',
          );
        const base = usernameBase(request.firstName, request.lastName);
        const taken = await tx.user.findMany({ where: { username: { startsWith: base } }, select: { username: true } });
        const username = nextFreeUsername(base, new Set(taken.map((u) => u.username)));
        const manager = await tx.user.findFirst({
          where: { email: { equals: request.managerEmail, mode: 'insensitive' }, status: 'ACTIVE' },
          select: { id: true },
        });
        const user = await tx.user.create({
          data: {
            username,
            passwordHash,
            firstName: request.firstName,
            lastName: request.lastName,
            email: request.email,
            emailVerifiedAt: request.emailConfirmedAt,
            organisationId: input.organisationId,
            mustChangePassword: true,
            jobAssignments: {
              create: { title: request.jobTitle, organisationId: input.organisationId, managerId: manager?.id ?? null },
            },
          },
          select: { id: true },
        });
        await tx.accountRequest.update({ where: { id: input.id }, data: { createdUserId: user.id } });
        await writeAudit(
          {
            actorId: viewer.id,
            action: 'account-request.approved',
            entityType: 'AccountRequest',
            entityId: input.id,
            details: { userId: user.id, username },
            ip,
          },
          tx,
        );
        return { to: request.email, firstName: request.firstName, username, temporaryPassword, userId: user.id };
      });
    } catch (error) {
      // Someone took the same username between our check and insert: try the next free one.
      if (isUniqueViolation(error) && attempt < 4) continue;
      throw error;
    }
  }
  throw new ConflictError('Could not choose a username. Please try again.');
}

/** Rejects a request with a reason that is emailed to the person. */
export async function rejectAccountRequest(
  viewer: Viewer,
  input: { id: number; reason: string },
  ip: string | null = null,
): Promise<{ to: string; firstName: string; reason: string }> {
  assertSiteAdmin(viewer);
  return db.$transaction(async (tx) => {
    const { count } = await tx.accountRequest.updateMany({
      where: { id: input.id, status: { in: ['PENDING', 'AWAITING_CONFIRMATION'] } },
      data: { status: 'REJECTED', decidedById: viewer.id, decidedAt: new Date(), rejectionReason: input.reason },
    });
    if (count !== 1) {
      const exists = await tx.accountRequest.count({ where: { id: input.id } });
      if (!exists) throw new NotFoundError();
      throw new ConflictError('This request has already been dealt with.');
    }
    const request = await tx.accountRequest.findUniqueOrThrow({
      where: { id: input.id },
      select: { email: true, firstName: true },
    });
    await writeAudit(
      {
        actorId: viewer.id,
        action: 'account-request.rejected',
        entityType: 'AccountRequest',
        entityId: input.id,
        details: { reason: input.reason },
        ip,
      },
      tx,
    );
    return { to: request.email, firstName: request.firstName, reason: input.reason };
  });
}
