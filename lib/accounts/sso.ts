// Single sign-on: matches a person signed in at the identity provider to an iLearn+ account, or explains why not.
import { db } from '@/lib/db';
import { getSsoSettings } from '@/lib/accounts/settings';
import { decideSso, type SsoDecision } from '@/lib/accounts/sso-rules';
import { writeAudit } from '@/lib/accounts/audit';

export type SsoIdentity = { subject: string; email: string | null; emailVerified: boolean };

const CANDIDATE = {
  id: true,
  status: true,
  ssoSubject: true,
  sessionVersion: true,
  firstName: true,
  lastName: true,
  firstLoginAt: true,
  organisation: { select: { ssoEnabled: true, emailDomains: true } },
} as const;

export type SsoSignIn =
  { ok: true; userId: number; sessionVersion: number; name: string } | Extract<SsoDecision, { ok: false }>;

/** Decides and, when allowed, links the account to the subject (only if not linked yet) and records the login. */
export async function resolveSsoSignIn(identity: SsoIdentity): Promise<SsoSignIn> {
  const settings = await getSsoSettings();
  const bySubject = await db.user.findUnique({ where: { ssoSubject: identity.subject }, select: CANDIDATE });
  // Linking by email only trusts an address the identity provider has verified.
  const byEmail =
    bySubject || !identity.email || !identity.emailVerified
      ? []
      : await db.user.findMany({
          where: { email: { equals: identity.email, mode: 'insensitive' }, status: { not: 'DELETED' } },
          select: CANDIDATE,
          take: 2,
        });
  const decision = decideSso(settings, identity, bySubject, byEmail);
  const account = bySubject ?? byEmail[0];
  if (!decision.ok || !account) {
    await writeAudit({
      actorId: account?.id ?? null,
      action: 'user.sso-refused',
      entityType: 'User',
      entityId: account?.id ?? null,
      details: { reason: decision.ok ? 'no-account' : decision.reason, email: identity.email },
    });
    return decision.ok ? { ok: false, reason: 'no-account' } : decision;
  }
  const now = new Date();
  if (decision.link) {
    const { count } = await db.user.updateMany({
      where: { id: account.id, ssoSubject: null },
      data: { ssoSubject: identity.subject },
    });
    if (count !== 1) return { ok: false, reason: 'other-subject' };
    await writeAudit({
      actorId: account.id,
      action: 'user.sso-linked',
      entityType: 'User',
      entityId: account.id,
      details: { email: identity.email },
    });
  }
  await db.user.update({
    where: { id: account.id },
    data: { lastLoginAt: now, firstLoginAt: account.firstLoginAt ?? now },
  });
  return {
    ok: true,
    userId: account.id,
    sessionVersion: account.sessionVersion,
    name: `${account.firstName} ${account.lastName}`,
  };
}

/** The account linked to an identity-provider subject, for the session token. */
export function findSsoSession(subject: string): Promise<{ id: number; sessionVersion: number } | null> {
  return db.user.findUnique({ where: { ssoSubject: subject }, select: { id: true, sessionVersion: true } });
}
