// Setting, changing and resetting passwords under the policy, with history; and the forgotten-username reminder.
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { hashPassword, verifyPassword } from '@/lib/accounts/password';
import { getPasswordPolicy } from '@/lib/accounts/settings';
import { passwordProblems, passwordProblemsMessage } from '@/lib/accounts/policy-rules';
import { consumeToken, issueToken } from '@/lib/accounts/tokens';
import { writeAudit } from '@/lib/accounts/audit';
import { ConflictError, UserError, ValidationError } from '@/lib/errors';
import type { Viewer } from '@/lib/auth/viewer';
import { sendPasswordResetEmails, sendUsernameReminder, type ResetEmail } from '@/lib/accounts/emails';

export type { ResetEmail } from '@/lib/accounts/emails';
import { prepareEmail, wakeEmailWorkers } from '@/lib/notifications/send-email';

type Tx = Prisma.TransactionClient;

/** Checks the policy and the reuse history; throws ValidationError on `field`. */
export async function assertAcceptablePassword(
  userId: number,
  username: string,
  password: string,
  field = 'newPassword',
  tx: Pick<Tx, 'passwordHistory' | 'user'> = db,
): Promise<void> {
  const policy = await getPasswordPolicy();
  const problems = passwordProblems(password, policy, username);
  const message = passwordProblemsMessage(problems);
  if (message) throw new ValidationError({ [field]: message });
  if (policy.reuseLimit > 0) {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
    const history = await tx.passwordHistory.findMany({
      where: { userId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: policy.reuseLimit,
      select: { hash: true },
    });
    const hashes = [user?.passwordHash, ...history.map((h) => h.hash)].filter((h): h is string => Boolean(h));
    for (const hash of hashes.slice(0, policy.reuseLimit)) {
      if (await verifyPassword(hash, password)) {
        throw new ValidationError({
          [field]: `You have used this password recently. Choose one you have not used for your last ${policy.reuseLimit} changes`,
        });
      }
    }
  }
}

/**
 * Stores a new password: the old hash goes to the history, every session ends (session version +1),
 * and the forced-change flag is cleared unless `mustChange` says otherwise.
 */
export async function storePassword(
  tx: Tx,
  userId: number,
  password: string,
  opts: { mustChange?: boolean } = {},
): Promise<{ sessionVersion: number }> {
  const current = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (current.passwordHash) await tx.passwordHistory.create({ data: { userId, hash: current.passwordHash } });
  const updated = await tx.user.update({
    where: { id: userId },
    data: {
      passwordHash: await hashPassword(password),
      passwordChangedAt: new Date(),
      mustChangePassword: opts.mustChange ?? false,
      sessionVersion: { increment: 1 },
      failedLoginCount: 0,
      lockedUntil: null,
    },
    select: { sessionVersion: true },
  });
  // Keep only the history the largest allowed reuse limit could need.
  const old = await tx.passwordHistory.findMany({
    where: { userId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: 24,
    select: { id: true },
  });
  if (old.length > 0) await tx.passwordHistory.deleteMany({ where: { id: { in: old.map((o) => o.id) } } });
  return updated;
}

/** The signed-in user changes their own password. Returns the new session version (this session stays valid). */
export async function changeOwnPassword(
  viewer: Viewer,
  input: { currentPassword: string; newPassword: string },
): Promise<{ sessionVersion: number }> {
  if (viewer.authMethod === 'SSO') {
    throw new UserError(
      'You sign in with automatic login, so your password is managed by your organisation, not here.',
    );
  }
  const user = await db.user.findUniqueOrThrow({
    where: { id: viewer.id },
    select: { passwordHash: true, username: true },
  });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ValidationError({ currentPassword: 'Your current password is not correct' });
  }
  if (input.currentPassword === input.newPassword) {
    throw new ValidationError({ newPassword: 'Your new password must be different from your current password' });
  }
  await assertAcceptablePassword(viewer.id, user.username, input.newPassword);
  const result = await db.$transaction((tx) => storePassword(tx, viewer.id, input.newPassword));
  await writeAudit({ actorId: viewer.id, action: 'user.password-changed', entityType: 'User', entityId: viewer.id });
  return result;
}

/**
 * Forgotten password: finds active manual-login accounts by username (exact) or email, issues a link for each and
 * queues its email in the same transaction. SSO accounts get a "use automatic login" note instead. Runs in a job
 * (lib/accounts/jobs.ts), so the form answers at once whether or not the account exists; `key` (the job id) makes
 * a retried job skip the accounts it already emailed.
 */
export async function requestPasswordReset(
  identifier: string,
  key: string = randomUUID(),
): Promise<{ resets: ResetEmail[]; ssoNotices: { to: string; firstName: string }[] }> {
  const value = identifier.trim();
  if (!value) return { resets: [], ssoNotices: [] };
  const users = await db.user.findMany({
    where: {
      status: 'ACTIVE',
      email: { not: null },
      OR: [
        { username: value },
        ...(value.includes('@') ? [{ email: { equals: value, mode: 'insensitive' as const } }] : []),
      ],
    },
    select: { id: true, email: true, firstName: true, username: true, authMethod: true },
    take: 10,
  });
  const policy = await getPasswordPolicy();
  const resets: ResetEmail[] = [];
  const ssoNotices: { to: string; firstName: string }[] = [];
  await prepareEmail();
  for (const user of users) {
    const to = user.email as string;
    if (user.authMethod === 'SSO') {
      const notice = { to, firstName: user.firstName };
      await sendPasswordResetEmails({ resets: [], ssoNotices: [notice] }, undefined, `password-reset:${key}`);
      ssoNotices.push(notice);
      continue;
    }
    const reset = await db.$transaction(async (tx) => {
      const done = await tx.emailMessage.count({ where: { dedupeKey: `password-reset:${key}:reset:${user.id}` } });
      if (done > 0) return null;
      const token = await issueToken(
        { purpose: 'PASSWORD_RESET', userId: user.id, minutes: policy.resetLinkMinutes },
        tx,
      );
      const email = {
        to,
        userId: user.id,
        firstName: user.firstName,
        username: user.username,
        token,
        minutes: policy.resetLinkMinutes,
      };
      await sendPasswordResetEmails({ resets: [email], ssoNotices: [] }, tx, `password-reset:${key}`);
      return email;
    });
    if (reset) resets.push(reset);
  }
  if (resets.length > 0) wakeEmailWorkers();
  return { resets, ssoNotices };
}

/** Uses a reset link: sets the new password under the policy and ends every session of the account. */
export async function resetPasswordWithToken(token: string, newPassword: string): Promise<{ username: string }> {
  return db.$transaction(async (tx) => {
    const owner = await consumeToken(token, 'PASSWORD_RESET', tx);
    if (!owner?.userId) throw new ConflictError('This link has expired or has already been used. Ask for a new one.');
    const user = await tx.user.findUniqueOrThrow({
      where: { id: owner.userId },
      select: { id: true, username: true, status: true },
    });
    if (user.status !== 'ACTIVE')
      throw new ConflictError('This link has expired or has already been used. Ask for a new one.');
    // A validation failure rolls back the transaction, so the link can be used again with a better password.
    await assertAcceptablePassword(user.id, user.username, newPassword, 'newPassword', tx);
    await storePassword(tx, user.id, newPassword);
    await tx.authToken.updateMany({
      where: { userId: user.id, purpose: 'PASSWORD_RESET', usedAt: null },
      data: { usedAt: new Date() },
    });
    await writeAudit({ actorId: user.id, action: 'user.password-reset', entityType: 'User', entityId: user.id }, tx);
    return { username: user.username };
  });
}

/** Forgotten username (in a job, like the password reset): one reminder email listing the address's usernames. */
export async function remindUsernames(email: string, key: string): Promise<void> {
  const found = await findUsernamesForEmail(email);
  if (found) await sendUsernameReminder(found, `username-reminder:${key}`);
}

/** Forgotten username: the usernames of active accounts with this email address (for one reminder email). */
export async function findUsernamesForEmail(
  email: string,
): Promise<{ to: string; firstName: string; usernames: string[] } | null> {
  const value = email.trim();
  if (!value.includes('@')) return null;
  const users = await db.user.findMany({
    where: { status: 'ACTIVE', email: { equals: value, mode: 'insensitive' } },
    select: { username: true, firstName: true, email: true },
    orderBy: { username: 'asc' },
    take: 20,
  });
  const first = users[0];
  if (!first) return null;
  return { to: first.email as string, firstName: first.firstName, usernames: users.map((u) => u.username) };
}
