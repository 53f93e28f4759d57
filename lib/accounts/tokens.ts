// Single-use, expiring tokens for emailed links. Only a SHA-256 hash is stored; using one is one conditional update.
import { createHash, randomBytes } from 'node:crypto';
import type { AuthTokenPurpose } from '@/lib/generated/prisma/client';
import { db } from '@/lib/db';

type Tx = Pick<typeof db, 'authToken'>;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function issueToken(
  input: { purpose: AuthTokenPurpose; userId?: number; accountRequestId?: number; minutes: number },
  tx: Tx = db,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await tx.authToken.create({
    data: {
      tokenHash: hashToken(token),
      purpose: input.purpose,
      userId: input.userId,
      accountRequestId: input.accountRequestId,
      expiresAt: new Date(Date.now() + input.minutes * 60_000),
    },
  });
  return token;
}

export type TokenOwner = { userId: number | null; accountRequestId: number | null };

/** A valid, unused token's owner without using it (to decide whether to show the form). */
export async function peekToken(token: string, purpose: AuthTokenPurpose): Promise<TokenOwner | null> {
  if (!token || token.length > 100) return null;
  return db.authToken.findFirst({
    where: { tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { gt: new Date() } },
    select: { userId: true, accountRequestId: true },
  });
}

/** Marks the token used; only one of several parallel callers wins. Null when unknown, used or expired. */
export async function consumeToken(token: string, purpose: AuthTokenPurpose, tx: Tx = db): Promise<TokenOwner | null> {
  if (!token || token.length > 100) return null;
  const tokenHash = hashToken(token);
  const now = new Date();
  const { count } = await tx.authToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count !== 1) return null;
  return tx.authToken.findUnique({ where: { tokenHash }, select: { userId: true, accountRequestId: true } });
}
