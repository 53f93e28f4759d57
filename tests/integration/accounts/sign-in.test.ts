/** @jest-environment node */
import { db } from '@/lib/db';
import { signInWithPassword } from '@/lib/accounts/sign-in';
import { SETTING_KEYS } from '@/lib/accounts/settings';
import { DEFAULT_LOCKOUT } from '@/lib/accounts/lockout-rules';
import { loadViewer } from '@/lib/auth/viewer';
import { disconnect, resetDb } from '../../helpers/db';
import { createUser, TEST_PASSWORD } from '../../factories/accounts';

beforeAll(async () => {
  await resetDb();
  await db.setting.create({
    data: { key: SETTING_KEYS.lockout, value: { ...DEFAULT_LOCKOUT, threshold: 3, slowDownMs: 0, ipMaxFailures: 8 } },
  });
});
afterAll(disconnect);

let ipCounter = 0;
const freshIp = () => `10.9.0.${(ipCounter += 1)}`;

describe('signInWithPassword', () => {
  it('signs in with the exact username and password, and records the login', async () => {
    const user = await createUser({ username: 'Case.Sensitive' });
    const result = await signInWithPassword({ username: 'Case.Sensitive', password: TEST_PASSWORD, ip: freshIp() });
    expect(result).toEqual({
      ok: true,
      user: { id: user.id, name: `${user.firstName} ${user.lastName}`, sessionVersion: 1 },
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.lastLoginAt).not.toBeNull();
    expect(after.firstLoginAt).not.toBeNull();
  });

  it('treats usernames as case-sensitive and gives the same answer for unknown users and wrong passwords', async () => {
    await createUser({ username: 'mixed.Case' });
    const ip = freshIp();
    const wrongCase = await signInWithPassword({ username: 'mixed.case', password: TEST_PASSWORD, ip });
    const unknown = await signInWithPassword({ username: 'nobody-here', password: TEST_PASSWORD, ip });
    const wrongPassword = await signInWithPassword({ username: 'mixed.Case', password: 'Wrong7password', ip });
    expect(wrongCase).toEqual({ ok: false, reason: 'invalid' });
    expect(unknown).toEqual(wrongCase);
    expect(wrongPassword).toEqual(wrongCase);
  });

  it('refuses suspended accounts with the generic answer', async () => {
    const user = await createUser({ status: 'SUSPENDED' });
    expect(await signInWithPassword({ username: user.username, password: TEST_PASSWORD, ip: freshIp() })).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('locks the account at the threshold; only the right password learns it is locked; an unlock lets it in', async () => {
    const user = await createUser();
    const ip = freshIp();
    for (let i = 0; i < 3; i += 1) {
      expect((await signInWithPassword({ username: user.username, password: `Wrong${i}pass`, ip })).ok).toBe(false);
    }
    const locked = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(locked.failedLoginCount).toBe(3);
    expect(locked.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 29 * 60_000);
    expect(await signInWithPassword({ username: user.username, password: 'Wrong9pass', ip })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    const right = await signInWithPassword({ username: user.username, password: TEST_PASSWORD, ip });
    expect(right).toMatchObject({ ok: false, reason: 'locked' });
    expect(await db.auditLog.count({ where: { action: 'user.locked', entityId: String(user.id) } })).toBe(1);
    await db.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect((await signInWithPassword({ username: user.username, password: TEST_PASSWORD, ip })).ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(0);
  });

  it('counts every one of many parallel failures (no lost updates) and locks once', async () => {
    const user = await createUser();
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        signInWithPassword({ username: user.username, password: `Bad${i}guess`, ip: freshIp() }),
      ),
    );
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.failedLoginCount).toBe(6);
    expect(after.lockedUntil).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: 'user.locked', entityId: String(user.id) } })).toBe(1);
  });

  it('throttles an IP address after too many failures, even for a correct password', async () => {
    const ip = freshIp();
    for (let i = 0; i < 8; i += 1) await signInWithPassword({ username: `ghost-${i}`, password: 'Nope1234', ip });
    const user = await createUser();
    const result = await signInWithPassword({ username: user.username, password: TEST_PASSWORD, ip });
    expect(result).toMatchObject({ ok: false, reason: 'throttled' });
    // Another address is not affected.
    expect((await signInWithPassword({ username: user.username, password: TEST_PASSWORD, ip: freshIp() })).ok).toBe(
      true,
    );
  });
});

describe('sessions', () => {
  it('a bumped session version or suspension ends existing sessions', async () => {
    const user = await createUser();
    expect(await loadViewer(user.id, 1)).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await loadViewer(user.id, 1)).toBeNull();
    expect(await loadViewer(user.id, 2)).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { status: 'SUSPENDED' } });
    expect(await loadViewer(user.id, 2)).toBeNull();
  });
});
