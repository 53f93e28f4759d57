/** @jest-environment node */
import { db } from '@/lib/db';
import {
  createUser as adminCreateUser,
  resetPasswordByAdmin,
  setUserRoles,
  setUserSuspended,
  signOutEverywhere,
  unlockUser,
  updateUserDetails,
  updateOwnEmail,
} from '@/lib/accounts/users-commands';
import { getProfile, getUserForAdmin, searchUsers } from '@/lib/accounts/users-queries';
import { createUserSchema } from '@/lib/accounts/schemas';
import { signInWithPassword } from '@/lib/accounts/sign-in';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { ForbiddenError, UserError, ValidationError } from '@/lib/errors';
import { disconnect, resetDb } from '../../helpers/db';
import { createLdAdmin, createOrganisation, createSiteAdmin, createUser, viewerOf } from '../../factories/accounts';

let admin: Viewer;
let orgId: number;

beforeAll(async () => {
  await resetDb();
  admin = (await createSiteAdmin()).viewer;
  orgId = (await createOrganisation()).id;
});
afterAll(disconnect);

const input = (over: Record<string, string> = {}) =>
  createUserSchema.parse({
    username: 'new.person',
    firstName: 'New',
    lastName: 'Person',
    email: 'new.person@example.org',
    organisationId: String(orgId),
    jobTitle: 'Officer',
    ...over,
  });

describe('creating accounts', () => {
  it('creates a manual account with a temporary password sent to the person', async () => {
    const created = await adminCreateUser(admin, input());
    expect(created.delivery).toEqual({ kind: 'user', to: 'new.person@example.org', firstName: 'New' });
    if (!('temporaryPassword' in created)) throw new Error('expected a password');
    expect(
      (await signInWithPassword({ username: 'new.person', password: created.temporaryPassword, ip: null })).ok,
    ).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: created.userId } })).mustChangePassword).toBe(true);
    expect(await db.auditLog.count({ where: { action: 'user.created', entityId: String(created.userId) } })).toBe(1);
  });

  it('sends the login details of an account without email to its manager', async () => {
    const manager = await createUser({ username: 'the.manager', email: 'manager@example.org', firstName: 'Mina' });
    const created = await adminCreateUser(
      admin,
      input({ username: 'no.email', email: '', managerUsername: 'the.manager' }),
    );
    expect(created.delivery).toEqual({
      kind: 'manager',
      to: 'manager@example.org',
      managerFirstName: 'Mina',
      userName: 'New Person',
    });
    const job = await db.jobAssignment.findFirstOrThrow({ where: { userId: created.userId } });
    expect(job.managerId).toBe(manager.id);
  });

  it('refuses a taken username (case-sensitive) and an unknown manager with field messages', async () => {
    await adminCreateUser(admin, input({ username: 'Taken.Name' }));
    await expect(adminCreateUser(admin, input({ username: 'Taken.Name' }))).rejects.toThrow(ValidationError);
    await expect(adminCreateUser(admin, input({ username: 'taken.name' }))).resolves.toBeDefined();
    await expect(adminCreateUser(admin, input({ username: 'x.y', managerUsername: 'ghost' }))).rejects.toMatchObject({
      fieldErrors: { managerUsername: 'No account has that username' },
    });
  });
});

describe('managing accounts', () => {
  it('suspending ends sessions and blocks login; reactivating restores it', async () => {
    const user = await createUser();
    await setUserSuspended(admin, user.id, true);
    expect(await loadViewer(user.id, 1)).toBeNull();
    expect((await signInWithPassword({ username: user.username, password: 'Kestrel7river', ip: null })).ok).toBe(false);
    await setUserSuspended(admin, user.id, false);
    expect((await signInWithPassword({ username: user.username, password: 'Kestrel7river', ip: null })).ok).toBe(true);
    await expect(setUserSuspended(admin, admin.id, true)).rejects.toThrow(UserError);
  });

  it('unlocks, signs out everywhere and resets passwords, each audited', async () => {
    const user = await createUser({ lockedUntil: new Date(Date.now() + 600_000), failedLoginCount: 5 });
    await unlockUser(admin, user.id);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      lockedUntil: null,
      failedLoginCount: 0,
    });
    await signOutEverywhere(admin, user.id);
    expect(await loadViewer(user.id, 1)).toBeNull();
    const reset = await resetPasswordByAdmin(admin, user.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(true);
    expect(
      (await signInWithPassword({ username: user.username, password: reset.temporaryPassword, ip: null })).ok,
    ).toBe(true);
    const actions = (
      await db.auditLog.findMany({ where: { entityId: String(user.id) }, select: { action: true } })
    ).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['user.unlocked', 'user.signed-out-everywhere', 'user.password-reset-by-admin']),
    );
  });

  it('edits details and sets the manager; refuses self-management', async () => {
    const manager = await createUser({ username: 'boss.one' });
    const user = await createUser();
    await updateUserDetails(admin, user.id, {
      firstName: 'Renamed',
      lastName: 'Person',
      email: null,
      organisationId: orgId,
      jobTitle: 'Lead',
      managerUsername: 'boss.one',
      personnelNumber: undefined,
    });
    const detail = await getUserForAdmin(admin, user.id);
    expect(detail).toMatchObject({
      firstName: 'Renamed',
      email: null,
      job: { title: 'Lead', manager: { id: manager.id } },
    });
    expect((await viewerOf(manager)).isManager).toBe(true);
    await expect(
      updateUserDetails(admin, user.id, {
        firstName: 'A',
        lastName: 'B',
        email: null,
        organisationId: orgId,
        jobTitle: undefined,
        managerUsername: user.username,
        personnelNumber: undefined,
      }),
    ).rejects.toThrow(ValidationError);
  });

  it('grants and removes roles; an admin cannot remove their own site admin role', async () => {
    const { team } = await createLdAdmin();
    const user = await createUser();
    await setUserRoles(admin, user.id, { isSiteAdmin: false, teamIds: [team.id] });
    expect((await viewerOf(user)).ldTeamIds).toEqual([team.id]);
    await setUserRoles(admin, user.id, { isSiteAdmin: true, teamIds: [] });
    expect(await viewerOf(user)).toMatchObject({ isSiteAdmin: true, ldTeamIds: [] });
    await expect(setUserRoles(admin, admin.id, { isSiteAdmin: false, teamIds: [] })).rejects.toThrow(/own site admin/);
  });

  it('searches by name, username and email, pages, and filters locked accounts', async () => {
    await createUser({
      firstName: 'Zebedee',
      lastName: 'Quill',
      username: 'zq-1',
      lockedUntil: new Date(Date.now() + 600_000),
    });
    expect((await searchUsers(admin, { q: 'zebedee' })).rows.map((r) => r.username)).toEqual(['zq-1']);
    expect((await searchUsers(admin, { q: 'zq-' })).total).toBe(1);
    expect((await searchUsers(admin, { status: 'LOCKED' })).rows.map((r) => r.username)).toContain('zq-1');
  });
});

describe('permissions on every admin command and query', () => {
  it('refuses L&D admins and learners, leaving the target unchanged', async () => {
    const target = await createUser();
    const ld = (await createLdAdmin()).viewer;
    const learner = await viewerOf(await createUser());
    for (const viewer of [ld, learner]) {
      await expect(searchUsers(viewer, {})).rejects.toThrow(ForbiddenError);
      await expect(getUserForAdmin(viewer, target.id)).rejects.toThrow(ForbiddenError);
      await expect(adminCreateUser(viewer, input({ username: `x-${viewer.id}` }))).rejects.toThrow(ForbiddenError);
      await expect(setUserSuspended(viewer, target.id, true)).rejects.toThrow(ForbiddenError);
      await expect(unlockUser(viewer, target.id)).rejects.toThrow(ForbiddenError);
      await expect(signOutEverywhere(viewer, target.id)).rejects.toThrow(ForbiddenError);
      await expect(setUserRoles(viewer, viewer.id, { isSiteAdmin: true, teamIds: [] })).rejects.toThrow(ForbiddenError);
      await expect(resetPasswordByAdmin(viewer, target.id)).rejects.toThrow(ForbiddenError);
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      status: 'ACTIVE',
      sessionVersion: 1,
    });
    expect((await viewerOf(learner)).isSiteAdmin).toBe(false);
  });
});

describe('profile', () => {
  it("shows only the viewer's own details and lets manual accounts change their email", async () => {
    const manager = await createUser({ firstName: 'Priya' });
    const user = await createUser();
    await db.jobAssignment.create({ data: { userId: user.id, title: 'Librarian', managerId: manager.id } });
    const viewer = await viewerOf(user);
    expect(await getProfile(viewer)).toMatchObject({
      username: user.username,
      job: { title: 'Librarian', manager: { firstName: 'Priya' } },
    });
    await updateOwnEmail(viewer, 'new.address@example.org');
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe('new.address@example.org');
    const sso = await viewerOf(await createUser({ authMethod: 'SSO', password: null }));
    await expect(updateOwnEmail(sso, 'x@example.org')).rejects.toThrow(UserError);
  });
});
