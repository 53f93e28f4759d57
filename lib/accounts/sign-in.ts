// Checks a username and password. Usernames are case-sensitive; a failure never says which part was wrong.
// Failures count per account (lock-out, in the User row, shared by every instance) and per IP address.
import { db } from '@/lib/db';
import { DUMMY_HASH, verifyPassword } from '@/lib/accounts/password';
import { getLockoutSettings } from '@/lib/accounts/settings';
import { isLocked, slowDownDelayMs } from '@/lib/accounts/lockout-rules';
import { consumeThrottle, ThrottledError, throttleWaitMs } from '@/lib/accounts/rate-limit';
import { writeAudit } from '@/lib/accounts/audit';

export type SignInInput = { username: string; password: string; ip: string | null };
export type SignedInUser = { id: number; name: string; sessionVersion: number };
export type SignInResult =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; until: Date }
  | { ok: false; reason: 'throttled'; retryAfterMs: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Records a failed login atomically (parallel failures all count) and locks at the threshold. */
async function recordFailure(userId: number): Promise<void> {
  const s = await getLockoutSettings();
  const rows = await db.$queryRaw<{ failedLoginCount: number; lockedUntil: Date | null }[]>`
    UPDATE "User" SET
      "failedLoginCount" = CASE
        WHEN "lastFailedLoginAt" IS NULL OR "lastFailedLoginAt" < now() - make_interval(mins => ${s.windowMinutes}::int)
        THEN 1 ELSE "failedLoginCount" + 1 END,
      "lastFailedLoginAt" = now()
    WHERE id = ${userId}
    RETURNING "failedLoginCount", "lockedUntil"`;
  const row = rows[0];
  if (row && s.threshold > 0 && row.failedLoginCount >= s.threshold) {
    const until = new Date(Date.now() + s.durationMinutes * 60_000);
    // Only the failure that crosses the threshold while unlocked sets the lock (and writes one audit entry).
    const { count } = await db.user.updateMany({
      where: { id: userId, OR: [{ lockedUntil: null }, { lockedUntil: { lt: new Date() } }] },
      data: { lockedUntil: until },
    });
    if (count === 1) {
      await writeAudit({
        actorId: null,
        action: 'user.locked',
        entityType: 'User',
        entityId: userId,
        details: { failures: row.failedLoginCount },
      });
    }
  }
}

export async function signInWithPassword({ username, password, ip }: SignInInput): Promise<SignInResult> {
  if (!username || !password || username.length > 100 || password.length > 200) return { ok: false, reason: 'invalid' };
  const ipWait = await throttleWaitMs('login-ip', ip);
  if (ipWait > 0) return { ok: false, reason: 'throttled', retryAfterMs: ipWait };
  const user = await db.user.findUnique({
    where: { username },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      passwordHash: true,
      status: true,
      sessionVersion: true,
      firstLoginAt: true,
      failedLoginCount: true,
      lastFailedLoginAt: true,
      lockedUntil: true,
      authMethod: true,
    },
  });
  if (user) {
    const settings = await getLockoutSettings();
    const recent =
      user.lastFailedLoginAt && Date.now() - user.lastFailedLoginAt.getTime() <= settings.windowMinutes * 60_000;
    const delay = recent ? slowDownDelayMs(user.failedLoginCount, settings) : 0;
    if (delay > 0) await sleep(delay);
  }
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  const now = new Date();
  if (!user || !ok || user.status !== 'ACTIVE') {
    try {
      await consumeThrottle('login-ip', ip);
    } catch (error) {
      if (!(error instanceof ThrottledError)) throw error;
    }
    if (user && !ok) await recordFailure(user.id);
    return { ok: false, reason: 'invalid' };
  }
  // Only someone who knows the password learns that the account is locked.
  if (isLocked(user.lockedUntil, now)) return { ok: false, reason: 'locked', until: user.lockedUntil as Date };
  await db.user.update({
    where: { id: user.id },
    data: {
      lastLoginAt: now,
      firstLoginAt: user.firstLoginAt ?? now,
      failedLoginCount: 0,
      lastFailedLoginAt: null,
      lockedUntil: null,
    },
  });
  return {
    ok: true,
    user: { id: user.id, name: `${user.firstName} ${user.lastName}`, sessionVersion: user.sessionVersion },
  };
}

/**
 * Sign-out ends the session on the server: the version in every token issued so far stops matching, so a copied
 * cookie is refused too (lib/auth/viewer.ts). A token that is already stale changes nothing.
 */
export async function endSessions(userId: number, sessionVersion: number): Promise<void> {
  await db.user.updateMany({ where: { id: userId, sessionVersion }, data: { sessionVersion: { increment: 1 } } });
}
