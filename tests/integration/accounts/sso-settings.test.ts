/** @jest-environment node */
import { db } from '@/lib/db';
import { resolveSsoSignIn } from '@/lib/accounts/sso';
import { updateSecuritySettings } from '@/lib/accounts/settings-commands';
import { getLockoutSettings, getPasswordPolicy, getSsoSettings } from '@/lib/accounts/settings';
import { DEFAULT_PASSWORD_POLICY } from '@/lib/accounts/policy-rules';
import { DEFAULT_LOCKOUT } from '@/lib/accounts/lockout-rules';
import { DEFAULT_SSO } from '@/lib/accounts/sso-rules';
import { consumeThrottle, ThrottledError } from '@/lib/accounts/rate-limit';
import { changeOwnPassword } from '@/lib/accounts/passwords';
import { ForbiddenError } from '@/lib/errors';
import { disconnect, resetDb } from '../../helpers/db';
import {
  createLdAdmin,
  createOrganisation,
  createSiteAdmin,
  createUser,
  TEST_PASSWORD,
  viewerOf,
} from '../../factories/accounts';

beforeAll(resetDb);
afterAll(disconnect);

describe('resolveSsoSignIn', () => {
  it('links an eligible account by verified email on first use, then finds it by subject', async () => {
    const org = await createOrganisation({ ssoEnabled: true, emailDomains: ['council.example'] });
    const user = await createUser({
      organisationId: org.id,
      email: 'Pat.Staff@council.example',
      authMethod: 'SSO',
      password: null,
    });
    const first = await resolveSsoSignIn({
      subject: 'idp-123',
      email: 'pat.staff@council.example',
      emailVerified: true,
    });
    expect(first).toMatchObject({ ok: true, userId: user.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).ssoSubject).toBe('idp-123');
    // Later the email at the identity provider changes: the subject still finds the account.
    expect(
      await resolveSsoSignIn({ subject: 'idp-123', email: 'pat.new@council.example', emailVerified: true }),
    ).toMatchObject({ ok: true, userId: user.id });
    expect(await db.auditLog.count({ where: { action: 'user.sso-linked', entityId: String(user.id) } })).toBe(1);
  });

  it('refuses unverified emails, other organisations, suspended accounts and accounts linked to someone else', async () => {
    const sso = await createOrganisation({ ssoEnabled: true, emailDomains: ['council.example'] });
    const plain = await createOrganisation();
    await createUser({ organisationId: sso.id, email: 'unverified@council.example' });
    await createUser({ organisationId: plain.id, email: 'partner@council.example' });
    await createUser({ organisationId: sso.id, email: 'gone@council.example', status: 'SUSPENDED' });
    await createUser({ organisationId: sso.id, email: 'taken@council.example', ssoSubject: 'someone-else' });
    expect(
      await resolveSsoSignIn({ subject: 's1', email: 'unverified@council.example', emailVerified: false }),
    ).toEqual({ ok: false, reason: 'no-account' });
    expect(await resolveSsoSignIn({ subject: 's2', email: 'partner@council.example', emailVerified: true })).toEqual({
      ok: false,
      reason: 'organisation',
    });
    expect(await resolveSsoSignIn({ subject: 's3', email: 'gone@council.example', emailVerified: true })).toEqual({
      ok: false,
      reason: 'suspended',
    });
    expect(await resolveSsoSignIn({ subject: 's4', email: 'taken@council.example', emailVerified: true })).toEqual({
      ok: false,
      reason: 'other-subject',
    });
    expect(await resolveSsoSignIn({ subject: 's5', email: 'nobody@council.example', emailVerified: true })).toEqual({
      ok: false,
      reason: 'no-account',
    });
  });

  it('links only once when two first logins race', async () => {
    const org = await createOrganisation({ ssoEnabled: true, emailDomains: ['race.example'] });
    const user = await createUser({ organisationId: org.id, email: 'racer@race.example' });
    const results = await Promise.all([
      resolveSsoSignIn({ subject: 'race-a', email: 'racer@race.example', emailVerified: true }),
      resolveSsoSignIn({ subject: 'race-b', email: 'racer@race.example', emailVerified: true }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(['race-a', 'race-b']).toContain((await db.user.findUniqueOrThrow({ where: { id: user.id } })).ssoSubject);
  });
});

describe('security settings', () => {
  it('site admins change the policy, lock-out and SSO rules, which then apply; others are refused', async () => {
    const { viewer: admin } = await createSiteAdmin();
    const ld = (await createLdAdmin()).viewer;
    const input = {
      password: { ...DEFAULT_PASSWORD_POLICY, minLength: 12, minSymbols: 1 },
      lockout: { ...DEFAULT_LOCKOUT, threshold: 10 },
      sso: { ...DEFAULT_SSO, requireDomainMatch: false },
    };
    await expect(updateSecuritySettings(ld, input)).rejects.toThrow(ForbiddenError);
    expect((await getPasswordPolicy()).minLength).toBe(8);
    await updateSecuritySettings(admin, input);
    expect(await getPasswordPolicy()).toEqual(input.password);
    expect((await getLockoutSettings()).threshold).toBe(10);
    expect((await getSsoSettings()).requireDomainMatch).toBe(false);
    const user = await createUser();
    await expect(
      changeOwnPassword(await viewerOf(user), { currentPassword: TEST_PASSWORD, newPassword: 'Kingfisher9' }),
    ).rejects.toMatchObject({ fieldErrors: { newPassword: expect.stringMatching(/12 characters/) } });
    expect(await db.auditLog.count({ where: { action: 'settings.security-updated' } })).toBe(1);
  });
});

describe('form throttling', () => {
  it('allows the hourly number of uses per address, refuses the next, and counts parallel uses exactly', async () => {
    await db.setting.upsert({
      where: { key: 'lockout' },
      create: { key: 'lockout', value: { ...DEFAULT_LOCKOUT, formsPerHour: 4 } },
      update: { value: { ...DEFAULT_LOCKOUT, formsPerHour: 4 } },
    });
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => consumeThrottle('forms', 'forgot-password:10.1.1.1')),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(4);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ThrottledError);
    expect(refused.reason.message).toMatch(/wait 60 minutes/);
    await expect(consumeThrottle('forms', 'forgot-password:10.1.1.2')).resolves.toBeUndefined();
  });
});
