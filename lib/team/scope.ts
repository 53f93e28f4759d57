// Who is in a manager's team: the people whose primary job assignment names the viewer as manager and has not
// ended. Direct reports only (never reports of reports), and one manager per person, as the guide says: someone with
// several jobs has their records held against the manager of their primary job.
import { unsafeRecordOwner, type RecordOwner } from '@/lib/auth/record-owner';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isId } from '@/lib/validation';

/** The one `where` for "people who report directly to this viewer" (used by every My Team read). */
export function directReportWhere(viewer: Pick<Viewer, 'id'>, now: Date = new Date()): Prisma.UserWhereInput {
  return {
    status: { not: 'DELETED' },
    jobAssignments: {
      some: { managerId: viewer.id, isPrimary: true, OR: [{ endDate: null }, { endDate: { gt: now } }] },
    },
  };
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
