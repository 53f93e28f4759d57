/** @jest-environment node */
import { db } from '@/lib/db';
import {
  changeOwnPassword,
  findUsernamesForEmail,
  requestPasswordReset,
  resetPasswordWithToken,
} from '@/lib/accounts/passwords';
import { signInWithPassword } from '@/lib/accounts/sign-in';
import { peekToken } from '@/lib/accounts/tokens';
import { ConflictError, UserError, ValidationError } from '@/lib/errors';
import { stopBoss } from '@/lib/jobs/boss';
import { disconnect, resetDb } from '../../helpers/db';
import { createUser, TEST_PASSWORD, viewerOf } from '../../factories/accounts';

beforeAll(resetDb);
// Requests and resets queue their emails (pg-boss): stop its connection too.
afterAll(async () => {
  await stopBoss();
  await disconnect();
});

async function fieldError(promise: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('changeOwnPassword', () => {
  it('changes the password, clears the forced change, keeps history and ends other sessions', async () => {
    const user = await createUser({ mustChangePassword: true });
    const viewer = await viewerOf(user);
    const result = await changeOwnPassword(viewer, { currentPassword: TEST_PASSWORD, newPassword: 'Heron4meadow' });
    expect(result.sessionVersion).toBe(2);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.mustChangePassword).toBe(false);
    expect(await db.passwordHistory.count({ where: { userId: user.id } })).toBe(1);
    expect((await signInWithPassword({ username: user.username, password: 'Heron4meadow', ip: null })).ok).toBe(true);
    expect(await db.auditLog.count({ where: { action: 'user.password-changed', entityId: String(user.id) } })).toBe(1);
  });

  it('refuses a wrong current password, a policy failure and a common password, changing nothing', async () => {
    const user = await createUser();
    const viewer = await viewerOf(user);
    expect(
      await fieldError(changeOwnPassword(viewer, { currentPassword: 'Wrong7pass', newPassword: 'Heron4meadow' })),
    ).toEqual({ currentPassword: 'Your current password is not correct' });
    expect(
      await fieldError(changeOwnPassword(viewer, { currentPassword: TEST_PASSWORD, newPassword: 'short1A' })),
    ).toEqual({ newPassword: expect.stringMatching(/at least 8/) });
    expect(
      await fieldError(changeOwnPassword(viewer, { currentPassword: TEST_PASSWORD, newPassword: 'Password123' })),
    ).toEqual({ newPassword: expect.stringMatching(/too common/) });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
  });

  it('names every unmet rule of "password" at once (number, capital letter, common), next to the new password', async () => {
    const user = await createUser({ mustChangePassword: true });
    const viewer = await viewerOf(user);
    const errors = await fieldError(
      changeOwnPassword(viewer, { currentPassword: TEST_PASSWORD, newPassword: 'password' }),
    );
    expect(Object.keys(errors)).toEqual(['newPassword']);
    expect(errors.newPassword).toMatch(/at least 1 number/);
    expect(errors.newPassword).toMatch(/at least 1 capital letter/);
    expect(errors.newPassword).toMatch(/too common/);
  });

  it('allows reuse of a password only after 3 other changes', async () => {
    const user = await createUser();
    let viewer = await viewerOf(user);
    const sequence = ['Alpha1river', 'Bravo2river', 'Charlie3river'];
    let current = TEST_PASSWORD;
    for (const next of sequence) {
      await changeOwnPassword(viewer, { currentPassword: current, newPassword: next });
      current = next;
      viewer = await viewerOf(user);
    }
    // TEST_PASSWORD was 3 changes ago: allowed again. Alpha1river (2 changes ago) is not.
    expect(
      await fieldError(changeOwnPassword(viewer, { currentPassword: current, newPassword: 'Alpha1river' })),
    ).toEqual({ newPassword: expect.stringMatching(/used this password recently/) });
    await expect(
      changeOwnPassword(viewer, { currentPassword: current, newPassword: TEST_PASSWORD }),
    ).resolves.toBeDefined();
  });

  it('tells single sign-on users their password is not managed here', async () => {
    const user = await createUser({ authMethod: 'SSO', password: null });
    await expect(
      changeOwnPassword(await viewerOf(user), { currentPassword: 'x', newPassword: 'Heron4meadow' }),
    ).rejects.toThrow(UserError);
  });
});

describe('forgotten password', () => {
  it('issues a link by username or email (any case) and nothing for unknown identifiers', async () => {
    const user = await createUser({ email: 'Reset.Me@Example.org' });
    const byName = await requestPasswordReset(user.username);
    expect(byName.resets).toEqual([
      expect.objectContaining({ to: 'Reset.Me@Example.org', userId: user.id, minutes: 30 }),
    ]);
    expect((await requestPasswordReset('reset.me@example.org')).resets).toHaveLength(1);
    expect(await requestPasswordReset('nobody@example.org')).toEqual({ resets: [], ssoNotices: [] });
    expect(await requestPasswordReset(user.username.toUpperCase())).toEqual({ resets: [], ssoNotices: [] });
  });

  it('sends a single sign-on note instead of a link to SSO accounts', async () => {
    const user = await createUser({ authMethod: 'SSO', password: null });
    expect(await requestPasswordReset(user.username)).toEqual({
      resets: [],
      ssoNotices: [{ to: user.email, firstName: user.firstName }],
    });
  });

  it('sets a new password under the policy, is single-use, and ends every session', async () => {
    const user = await createUser({ lockedUntil: new Date(Date.now() + 60_000), failedLoginCount: 5 });
    const [reset] = (await requestPasswordReset(user.username)).resets;
    await expect(resetPasswordWithToken(reset!.token, 'weak')).rejects.toThrow(ValidationError);
    // A refused password does not use up the link.
    expect(await peekToken(reset!.token, 'PASSWORD_RESET')).not.toBeNull();
    await resetPasswordWithToken(reset!.token, 'Osprey5valley');
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(2);
    expect(after.lockedUntil).toBeNull();
    expect((await signInWithPassword({ username: user.username, password: 'Osprey5valley', ip: null })).ok).toBe(true);
    await expect(resetPasswordWithToken(reset!.token, 'Another6valley')).rejects.toThrow(ConflictError);
  });

  it('refuses an expired link', async () => {
    const user = await createUser();
    const [reset] = (await requestPasswordReset(user.username)).resets;
    await db.authToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(resetPasswordWithToken(reset!.token, 'Osprey5valley')).rejects.toThrow(/expired/);
  });

  it('lets only one of two parallel uses of the same link succeed', async () => {
    const user = await createUser();
    const [reset] = (await requestPasswordReset(user.username)).resets;
    const results = await Promise.allSettled([
      resetPasswordWithToken(reset!.token, 'Parallel1river'),
      resetPasswordWithToken(reset!.token, 'Parallel2river'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(2);
  });
});

describe('forgotten username', () => {
  it('lists every active username for the address, case-insensitively', async () => {
    const org = (await createUser()).organisationId;
    await createUser({ username: 'b.shared', email: 'shared@example.org', organisationId: org });
    await createUser({ username: 'a.shared', email: 'SHARED@example.org', organisationId: org });
    await createUser({ username: 'c.gone', email: 'shared@example.org', status: 'SUSPENDED', organisationId: org });
    expect(await findUsernamesForEmail('Shared@Example.org')).toMatchObject({ usernames: ['a.shared', 'b.shared'] });
    expect(await findUsernamesForEmail('nobody@example.org')).toBeNull();
  });
});
