// Admin user management (site admins): create, edit, suspend, unlock, sign out everywhere, roles, password reset.
// Every change writes an audit entry in the same transaction.
import { randomInt } from 'node:crypto';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { assertSiteAdmin } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { ConflictError, isUniqueViolation, NotFoundError, UserError, ValidationError } from '@/lib/errors';
import { hashPassword } from '@/lib/accounts/password';
import { getPasswordPolicy } from '@/lib/accounts/settings';
import { generateTemporaryPassword } from '@/lib/accounts/policy-rules';
import { writeAudit } from '@/lib/accounts/audit';
import { unsafeRefreshAudiencesForUsers } from '@/lib/audiences/refresh';
import type { CreateUserInput, UserDetailsInput } from '@/lib/accounts/schemas';

type Tx = Prisma.TransactionClient;

/** Where the login details of a new account (or an admin reset) go. */
export type CredentialDelivery =
  | { kind: 'user'; to: string; firstName: string }
  | { kind: 'manager'; to: string; managerFirstName: string; userName: string }
  | { kind: 'screen' };

/** What the create-account form shows: where the details went, or the password when they could not be emailed. */
export type CreatedAccountResult = import('@/lib/action-result').ActionResult<{
  userId: number;
  username: string;
  emailedTo: string | null;
  temporaryPassword: string | null;
}>;

export type IssuedCredentials = {
  userId: number;
  username: string;
  temporaryPassword: string;
  delivery: CredentialDelivery;
};

async function resolveManager(tx: Tx, managerUsername: string | undefined, userId?: number) {
  if (!managerUsername) return null;
  const manager = await tx.user.findUnique({
    where: { username: managerUsername },
    select: { id: true, firstName: true, email: true, status: true },
  });
  if (!manager || manager.status === 'DELETED')
    throw new ValidationError({ managerUsername: 'No account has that username' });
  if (manager.id === userId) throw new ValidationError({ managerUsername: 'A person cannot be their own manager' });
  return manager;
}

async function assertOrganisation(tx: Tx, organisationId: number) {
  const org = await tx.organisation.findUnique({ where: { id: organisationId }, select: { id: true } });
  if (!org) throw new ValidationError({ organisationId: 'Select an organisation' });
}

function delivery(
  user: { firstName: string; lastName: string; email: string | null },
  manager: { firstName: string; email: string | null } | null,
): CredentialDelivery {
  if (user.email) return { kind: 'user', to: user.email, firstName: user.firstName };
  if (manager?.email)
    return {
      kind: 'manager',
      to: manager.email,
      managerFirstName: manager.firstName,
      userName: `${user.firstName} ${user.lastName}`,
    };
  return { kind: 'screen' };
}

async function temporaryPassword(): Promise<{ password: string; hash: string }> {
  const password = generateTemporaryPassword(await getPasswordPolicy(), (max) => randomInt(max));
  return { password, hash: await hashPassword(password) };
}

/** Creates an account. Manual accounts get a temporary password that must be changed at first login. */
export async function createUser(
  viewer: Viewer,
  input: CreateUserInput,
  ip: string | null = null,
): Promise<IssuedCredentials | { userId: number; username: string; delivery: null }> {
  assertSiteAdmin(viewer);
  const temp = input.authMethod === 'MANUAL' ? await temporaryPassword() : null;
  try {
    return await db.$transaction(async (tx) => {
      await assertOrganisation(tx, input.organisationId);
      const manager = await resolveManager(tx, input.managerUsername);
      const user = await tx.user.create({
        data: {
          username: input.username,
          firstName: input.firstName,
          lastName: input.lastName,
          email: input.email,
          personnelNumber: input.personnelNumber ?? null,
          organisationId: input.organisationId,
          authMethod: input.authMethod,
          passwordHash: temp?.hash ?? null,
          mustChangePassword: temp !== null,
          jobAssignments: {
            create: {
              title: input.jobTitle ?? null,
              organisationId: input.organisationId,
              managerId: manager?.id ?? null,
            },
          },
        },
        select: { id: true, username: true, firstName: true, lastName: true, email: true },
      });
      await writeAudit(
        {
          actorId: viewer.id,
          action: 'user.created',
          entityType: 'User',
          entityId: user.id,
          details: { username: user.username, authMethod: input.authMethod },
          ip,
        },
        tx,
      );
      if (!temp) return { userId: user.id, username: user.username, delivery: null };
      return {
        userId: user.id,
        username: user.username,
        temporaryPassword: temp.password,
        delivery: delivery(user, manager),
      };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ValidationError({ username: 'That username is already taken' });
    }
    throw error;
  }
}

async function findTarget(tx: Tx, id: number) {
  const user = await tx.user.findUnique({
    where: { id },
    select: { id: true, status: true, firstName: true, lastName: true, email: true, authMethod: true },
  });
  if (!user || user.status === 'DELETED') throw new NotFoundError();
  return user;
}

/** Names, email, organisation, personnel number, job title and manager (the primary job assignment). */
export async function updateUserDetails(
  viewer: Viewer,
  id: number,
  input: UserDetailsInput,
  ip: string | null = null,
): Promise<void> {
  assertSiteAdmin(viewer);
  await db.$transaction(
    async (tx) => {
      await findTarget(tx, id);
      await assertOrganisation(tx, input.organisationId);
      const manager = await resolveManager(tx, input.managerUsername, id);
      await tx.user.update({
        where: { id },
        data: {
          firstName: input.firstName,
          lastName: input.lastName,
          email: input.email,
          personnelNumber: input.personnelNumber ?? null,
          organisationId: input.organisationId,
        },
      });
      await tx.jobAssignment.upsert({
        where: { userId_idNumber: { userId: id, idNumber: 'primary' } },
        create: {
          userId: id,
          title: input.jobTitle ?? null,
          organisationId: input.organisationId,
          managerId: manager?.id ?? null,
        },
        update: { title: input.jobTitle ?? null, organisationId: input.organisationId, managerId: manager?.id ?? null },
      });
      await writeAudit(
        { actorId: viewer.id, action: 'user.updated', entityType: 'User', entityId: id, details: { ...input }, ip },
        tx,
      );
      // Rule-based audiences (organisation, job title, manager) and the learning assigned through them follow now.
      await unsafeRefreshAudiencesForUsers(tx, [id, ...(manager ? [manager.id] : [])]);
    },
    { timeout: 60_000 },
  );
}

/** Suspends (ending every session) or reactivates an account. Admins cannot suspend themselves. */
export async function setUserSuspended(
  viewer: Viewer,
  id: number,
  suspended: boolean,
  ip: string | null = null,
): Promise<void> {
  assertSiteAdmin(viewer);
  if (id === viewer.id && suspended) throw new UserError('You cannot suspend your own account.');
  await db.$transaction(async (tx) => {
    await findTarget(tx, id);
    await tx.user.update({
      where: { id },
      data: suspended
        ? { status: 'SUSPENDED', sessionVersion: { increment: 1 } }
        : { status: 'ACTIVE', failedLoginCount: 0, lockedUntil: null },
    });
    await writeAudit(
      {
        actorId: viewer.id,
        action: suspended ? 'user.suspended' : 'user.reactivated',
        entityType: 'User',
        entityId: id,
        ip,
      },
      tx,
    );
  });
}

export async function unlockUser(viewer: Viewer, id: number, ip: string | null = null): Promise<void> {
  assertSiteAdmin(viewer);
  await db.$transaction(async (tx) => {
    await findTarget(tx, id);
    await tx.user.update({ where: { id }, data: { failedLoginCount: 0, lockedUntil: null, lastFailedLoginAt: null } });
    await writeAudit({ actorId: viewer.id, action: 'user.unlocked', entityType: 'User', entityId: id, ip }, tx);
  });
}

/** Ends every existing session of the account (the session version no longer matches). */
export async function signOutEverywhere(viewer: Viewer, id: number, ip: string | null = null): Promise<void> {
  assertSiteAdmin(viewer);
  await db.$transaction(async (tx) => {
    await findTarget(tx, id);
    await tx.user.update({ where: { id }, data: { sessionVersion: { increment: 1 } } });
    await writeAudit(
      { actorId: viewer.id, action: 'user.signed-out-everywhere', entityType: 'User', entityId: id, ip },
      tx,
    );
  });
}

/** Site admin flag and L&D team memberships. Admins cannot remove their own site admin role. */
export async function setUserRoles(
  viewer: Viewer,
  id: number,
  input: { isSiteAdmin: boolean; teamIds: number[] },
  ip: string | null = null,
): Promise<void> {
  assertSiteAdmin(viewer);
  if (id === viewer.id && !input.isSiteAdmin)
    throw new UserError('You cannot remove your own site admin role. Ask another site admin.');
  await db.$transaction(async (tx) => {
    await findTarget(tx, id);
    const teamIds = [...new Set(input.teamIds)];
    const known = await tx.ldTeam.count({ where: { id: { in: teamIds } } });
    if (known !== teamIds.length) throw new ValidationError({ teamIds: 'Choose teams from the list' });
    await tx.user.update({ where: { id }, data: { isSiteAdmin: input.isSiteAdmin } });
    await tx.ldTeamMember.deleteMany({ where: { userId: id, teamId: { notIn: teamIds } } });
    await tx.ldTeamMember.createMany({ data: teamIds.map((teamId) => ({ teamId, userId: id })), skipDuplicates: true });
    await writeAudit(
      {
        actorId: viewer.id,
        action: 'user.roles-changed',
        entityType: 'User',
        entityId: id,
        details: { isSiteAdmin: input.isSiteAdmin, teamIds },
        ip,
      },
      tx,
    );
  });
}

/** Sets a new temporary password (ending every session); it must be changed at the next login. */
export async function resetPasswordByAdmin(
  viewer: Viewer,
  id: number,
  ip: string | null = null,
): Promise<IssuedCredentials> {
  assertSiteAdmin(viewer);
  const temp = await temporaryPassword();
  return db.$transaction(async (tx) => {
    const user = await findTarget(tx, id);
    if (user.authMethod === 'SSO')
      throw new ConflictError('This person signs in with automatic login, so they have no password here.');
    const full = await tx.user.findUniqueOrThrow({
      where: { id },
      select: {
        username: true,
        passwordHash: true,
        jobAssignments: {
          where: { isPrimary: true },
          take: 1,
          select: { manager: { select: { firstName: true, email: true } } },
        },
      },
    });
    if (full.passwordHash) await tx.passwordHistory.create({ data: { userId: id, hash: full.passwordHash } });
    await tx.user.update({
      where: { id },
      data: {
        passwordHash: temp.hash,
        mustChangePassword: true,
        sessionVersion: { increment: 1 },
        failedLoginCount: 0,
        lockedUntil: null,
        passwordChangedAt: new Date(),
      },
    });
    await writeAudit(
      { actorId: viewer.id, action: 'user.password-reset-by-admin', entityType: 'User', entityId: id, ip },
      tx,
    );
    return {
      userId: id,
      username: full.username,
      temporaryPassword: temp.password,
      delivery: delivery(user, full.jobAssignments[0]?.manager ?? null),
    };
  });
}

/** The viewer changes their own email address (manual-login accounts; SSO emails come from the organisation). */
export async function updateOwnEmail(viewer: Viewer, email: string): Promise<void> {
  if (viewer.authMethod === 'SSO')
    throw new UserError('Your email address comes from your organisation account, so it cannot be changed here.');
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: viewer.id }, data: { email, emailVerifiedAt: null } });
    await writeAudit(
      { actorId: viewer.id, action: 'user.email-changed', entityType: 'User', entityId: viewer.id, details: { email } },
      tx,
    );
  });
}
