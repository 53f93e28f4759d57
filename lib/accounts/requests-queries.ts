// Account request reads for site admins: the queue, one request (with the named manager if they have an
// account), and the organisations offered on the forms.
import { db } from '@/lib/db';
import { assertSiteAdmin } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { NotFoundError } from '@/lib/errors';

/** The columns of a request shown to admins (and re-read by approval). */
export const REQUEST_SELECT = {
  id: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  organisationId: true,
  organisationOther: true,
  jobTitle: true,
  workplace: true,
  managerName: true,
  managerEmail: true,
  reason: true,
  status: true,
  emailConfirmedAt: true,
  decidedAt: true,
  rejectionReason: true,
  createdAt: true,
  createdUserId: true,
  organisation: { select: { name: true } },
  decidedBy: { select: { firstName: true, lastName: true } },
} as const;

export type AccountRequestStatusFilter = 'PENDING' | 'APPROVED' | 'REJECTED' | 'AWAITING_CONFIRMATION';

/** The approval queue (site admins). Unconfirmed requests are listed only when asked for. */
export async function listAccountRequests(viewer: Viewer, status: AccountRequestStatusFilter = 'PENDING', page = 1) {
  assertSiteAdmin(viewer);
  const take = 25;
  const where = { status };
  const [total, rows] = await Promise.all([
    db.accountRequest.count({ where }),
    db.accountRequest.findMany({
      where,
      orderBy: [{ createdAt: status === 'PENDING' ? 'asc' : 'desc' }, { id: 'asc' }],
      skip: (Math.max(page, 1) - 1) * take,
      take,
      select: REQUEST_SELECT,
    }),
  ]);
  return { total, rows, page, pageSize: take };
}

export async function getAccountRequest(viewer: Viewer, id: number) {
  assertSiteAdmin(viewer);
  const request = await db.accountRequest.findUnique({ where: { id }, select: REQUEST_SELECT });
  if (!request) throw new NotFoundError();
  const managerMatch = await db.user.findFirst({
    where: { email: { equals: request.managerEmail, mode: 'insensitive' }, status: 'ACTIVE' },
    select: { id: true, firstName: true, lastName: true, username: true },
  });
  return { ...request, managerMatch };
}

/** Organisations offered on the request form and the approval page. */
export function listOrganisationOptions() {
  return db.organisation.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } });
}
