// Reads for the admin user pages (site admins only) and the profile page (the viewer's own record).
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { assertSiteAdmin } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { NotFoundError } from '@/lib/errors';

export const USERS_PAGE_SIZE = 25;

export type UserStatusFilter = 'ACTIVE' | 'SUSPENDED' | 'LOCKED' | 'ALL';

/** Search by username, name or email; filters on status or lock. Count and page run in parallel. */
export async function searchUsers(viewer: Viewer, input: { q?: string; status?: UserStatusFilter; page?: number }) {
  assertSiteAdmin(viewer);
  const q = input.q?.trim().slice(0, 100) ?? '';
  const page = Math.max(1, input.page ?? 1);
  const terms = q.split(/\s+/).filter(Boolean).slice(0, 4);
  const where: Prisma.UserWhereInput = {
    status: input.status === 'ACTIVE' || input.status === 'SUSPENDED' ? input.status : { not: 'DELETED' },
    ...(input.status === 'LOCKED' ? { lockedUntil: { gt: new Date() } } : {}),
    AND: terms.map((term) => ({
      OR: [
        { username: { startsWith: term, mode: 'insensitive' as const } },
        { firstName: { startsWith: term, mode: 'insensitive' as const } },
        { lastName: { startsWith: term, mode: 'insensitive' as const } },
        { email: { startsWith: term, mode: 'insensitive' as const } },
      ],
    })),
  };
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true,
        username: true,
        firstName: true,
        lastName: true,
        email: true,
        status: true,
        lockedUntil: true,
        isSiteAdmin: true,
        organisation: { select: { name: true } },
      },
    }),
  ]);
  return { total, rows, page, pageSize: USERS_PAGE_SIZE };
}

/** One user with job, teams and recent audit entries, for the admin user page. */
export async function getUserForAdmin(viewer: Viewer, id: number) {
  assertSiteAdmin(viewer);
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      username: true,
      firstName: true,
      lastName: true,
      email: true,
      personnelNumber: true,
      status: true,
      authMethod: true,
      ssoSubject: true,
      isSiteAdmin: true,
      mustChangePassword: true,
      failedLoginCount: true,
      lockedUntil: true,
      lastLoginAt: true,
      createdAt: true,
      organisationId: true,
      organisation: { select: { name: true } },
      jobAssignments: {
        where: { isPrimary: true },
        take: 1,
        select: { title: true, manager: { select: { id: true, username: true, firstName: true, lastName: true } } },
      },
      teamMemberships: { select: { teamId: true, team: { select: { name: true } } } },
    },
  });
  if (!user || user.status === 'DELETED') throw new NotFoundError();
  const audit = await db.auditLog.findMany({
    where: { entityType: 'User', entityId: String(id) },
    orderBy: { createdAt: 'desc' },
    take: 10,
    select: { id: true, action: true, createdAt: true, actor: { select: { firstName: true, lastName: true } } },
  });
  const { jobAssignments, ...rest } = user;
  return { ...rest, job: jobAssignments[0] ?? null, audit };
}

/** Every L&D team, for a site admin giving someone a role. */
export function listLdTeams(viewer: Viewer) {
  assertSiteAdmin(viewer);
  return db.ldTeam.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } });
}

/** The viewer's own profile. */
export async function getProfile(viewer: Viewer) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: viewer.id },
    select: {
      username: true,
      firstName: true,
      lastName: true,
      email: true,
      authMethod: true,
      personnelNumber: true,
      organisation: { select: { name: true } },
      jobAssignments: {
        where: { isPrimary: true },
        take: 1,
        select: { title: true, manager: { select: { firstName: true, lastName: true, email: true } } },
      },
    },
  });
  const { jobAssignments, ...rest } = user;
  return { ...rest, job: jobAssignments[0] ?? null };
}
