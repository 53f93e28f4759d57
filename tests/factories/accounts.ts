// Factories for account tests: organisations, users (with a known password) and viewers.
import { db } from '@/lib/db';
import { hashPassword } from '@/lib/accounts/password';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import type { Prisma } from '@/lib/generated/prisma/client';

let counter = 0;
const next = () => {
  counter += 1;
  return `${process.pid}-${counter}`;
};

export const TEST_PASSWORD = 'Kestrel7river';
let cachedHash: Promise<string> | undefined;
const passwordHash = () => (cachedHash ??= hashPassword(TEST_PASSWORD));

export async function createOrganisation(over: Partial<Prisma.OrganisationUncheckedCreateInput> = {}) {
  const n = next();
  return db.organisation.create({
    data: { slug: `org-${n}`, name: `Organisation ${n}`, shortName: `Org ${n}`, ...over },
  });
}

export async function createUser(over: Partial<Prisma.UserUncheckedCreateInput> & { password?: string | null } = {}) {
  const n = next();
  const { password, ...rest } = over;
  const organisationId = rest.organisationId ?? (await createOrganisation()).id;
  return db.user.create({
    data: {
      username: `user-${n}`,
      firstName: 'Test',
      lastName: `User ${n}`,
      email: `user-${n}@example.org`,
      passwordHash: password === null ? null : password ? await hashPassword(password) : await passwordHash(),
      ...rest,
      organisationId,
    },
  });
}

export async function viewerOf(user: { id: number }): Promise<Viewer> {
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
  const viewer = await loadViewer(user.id, row.sessionVersion);
  if (!viewer) throw new Error('viewer not loadable (suspended?)');
  return viewer;
}

export async function createSiteAdmin(over: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const user = await createUser({ isSiteAdmin: true, ...over });
  return { user, viewer: await viewerOf(user) };
}

/** An L&D admin (team member, not site admin): the "wrong role" for site-admin-only actions. */
export async function createLdAdmin() {
  const team = await db.ldTeam.create({ data: { name: `Team ${next()}` } });
  const user = await createUser();
  await db.ldTeamMember.create({ data: { teamId: team.id, userId: user.id } });
  return { user, team, viewer: await viewerOf(user) };
}
