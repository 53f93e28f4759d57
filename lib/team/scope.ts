// Who is in a manager's team: the people whose primary job assignment names the viewer as manager and has not
// ended. Direct reports only (never reports of reports), and one manager per person, as the guide says: someone with
// several jobs has their records held against the manager of their primary job.
import { unsafeRecordOwner, type RecordOwner } from '@/lib/auth/record-owner';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isId } from '@/lib/validation';

/**
 * The one rule for "this job assignment makes its person a direct report of its manager": the person's primary
 * assignment, not ended, and the person's account not deleted. Every reader of the manager relation builds on it:
 * My Team and its pages (directReportWhere), the team reports' scope (listDirectReportIds) and the viewer's
 * isManager flag (lib/auth/viewer.ts).
 */
export function directReportAssignmentWhere(now: Date = new Date()): Prisma.JobAssignmentWhereInput {
  return {
    isPrimary: true,
    OR: [{ endDate: null }, { endDate: { gt: now } }],
    user: { status: { not: 'DELETED' } },
  };
}

/** The one `where` for "people who report directly to this viewer" (used by every My Team read). */
export function directReportWhere(viewer: Pick<Viewer, 'id'>, now: Date = new Date()): Prisma.UserWhereInput {
  return { jobAssignments: { some: { managerId: viewer.id, ...directReportAssignmentWhere(now) } } };
}

/** The ids of the viewer's direct reports, for SQL reads that take the team as a list (the team reports). */
export async function listDirectReportIds(viewer: Pick<Viewer, 'id'>, now: Date = new Date()): Promise<number[]> {
  const rows = await db.user.findMany({
    where: directReportWhere(viewer, now),
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  return rows.map((r) => r.id);
}

export type DirectReport = {
  /** Pass to the learner-side reads (records, required learning, bookings) to read this person's records. */
  owner: RecordOwner;
  id: number;
  name: string;
};

/**
 * The one guard for a manager opening a team member's pages: the person must report directly to the viewer.
 * Anyone else (a learner, a former manager, the manager's own manager, another manager) gets NotFoundError, the
 * same as for an id that does not exist, so the pages answer 404 and give nothing away.
 */
export async function requireDirectReport(
  viewer: Viewer,
  userId: number,
  now: Date = new Date(),
): Promise<DirectReport> {
  if (!isId(userId) || userId === viewer.id) throw new NotFoundError();
  const person = await db.user.findFirst({
    where: { id: userId, ...directReportWhere(viewer, now) },
    select: { id: true, firstName: true, lastName: true },
  });
  if (!person) throw new NotFoundError();
  return { owner: unsafeRecordOwner(person.id), id: person.id, name: `${person.firstName} ${person.lastName}` };
}
