// Factories for organisations, people, L&D teams and line management, shared by integration and browser tests.
import { hashPassword } from '@/lib/accounts/password';
import type { PrismaClient } from '@/lib/generated/prisma/client';

type Db = Pick<PrismaClient, 'organisation' | 'user' | 'ldTeam' | 'ldTeamMember' | 'jobAssignment'>;

let counter = 0;
const next = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function createOrganisation(
  db: Db,
  data: Partial<{
    slug: string;
    name: string;
    shortName: string;
    primaryColour: string;
    accentColour: string;
    contactEmail: string;
    contactPhone: string;
    contactHours: string;
    helpHtml: string;
  }> = {},
) {
  const n = next();
  return db.organisation.create({
    data: {
      slug: data.slug ?? `org-${n}`,
      name: data.name ?? `Organisation ${n}`,
      shortName: data.shortName ?? `Org ${n}`,
      ...data,
    },
  });
}

let cachedHash: Promise<string> | undefined;
/** One argon2 hash reused for every test user (hashing is slow on purpose). */
export function testPasswordHash(password = 'Learn2026!'): Promise<string> {
  if (password !== 'Learn2026!') return hashPassword(password);
  cachedHash ??= hashPassword(password);
  return cachedHash;
}

export async function createUser(
  db: Db,
  data: {
    organisationId: number;
    username?: string;
    firstName?: string;
    lastName?: string;
    isSiteAdmin?: boolean;
    password?: string;
  },
) {
  const n = next();
  return db.user.create({
    data: {
      username: data.username ?? `user-${n}`,
      firstName: data.firstName ?? 'Test',
      lastName: data.lastName ?? `User ${n}`,
      organisationId: data.organisationId,
      isSiteAdmin: data.isSiteAdmin ?? false,
      passwordHash: await testPasswordHash(data.password),
    },
  });
}

export async function addToLdTeam(db: Db, userId: number, teamName: string) {
  const team = await db.ldTeam.upsert({ where: { name: teamName }, update: {}, create: { name: teamName } });
  await db.ldTeamMember.upsert({
    where: { teamId_userId: { teamId: team.id, userId } },
    update: {},
    create: { teamId: team.id, userId, role: 'ADMIN' },
  });
  return team;
}

export async function setManager(db: Db, userId: number, managerId: number) {
  return db.jobAssignment.upsert({
    where: { userId_idNumber: { userId, idNumber: 'primary' } },
    update: { managerId },
    create: { userId, managerId, idNumber: 'primary', isPrimary: true },
  });
}
