// Checks a username and password. Usernames are case-sensitive; the answer never says which part was wrong.
import { db } from '@/lib/db';
import { DUMMY_HASH, verifyPassword } from '@/lib/accounts/password';

export type SignInInput = { username: string; password: string; ip: string | null };
export type SignedInUser = { id: number; name: string; sessionVersion: number };

export async function signInWithPassword({ username, password }: SignInInput): Promise<SignedInUser | null> {
  if (!username || !password || username.length > 100 || password.length > 200) return null;
  const user = await db.user.findUnique({
    where: { username },
    select: { id: true, firstName: true, lastName: true, passwordHash: true, status: true, sessionVersion: true, firstLoginAt: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !ok || user.status !== 'ACTIVE') return null;
  const now = new Date();
  await db.user.update({
    where: { id: user.id },
    data: { lastLoginAt: now, firstLoginAt: user.firstLoginAt ?? now, failedLoginCount: 0 },
  });
  return { id: user.id, name: `${user.firstName} ${user.lastName}`, sessionVersion: user.sessionVersion };
}
