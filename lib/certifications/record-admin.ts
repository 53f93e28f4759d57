// L&D's view and edit of one learner's certification record (Totara's completion editor, REFERENCE §1.2): the
// certification's owning team and site admins only (requireProgramManager). Every change needs a reason and is
// written to the audit log in the same transaction, and the page lists that trail. Concurrency: the record row is
// locked and the change is refused when someone else saved it after the form was opened (its updatedAt), so two
// admins never overwrite each other unseen.
import { writeAudit } from '@/lib/accounts/audit';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors';
import { isoDay, isoLocalDate } from '@/lib/format';
import type { Prisma } from '@/lib/generated/prisma/client';
import { requireProgramManager } from '@/lib/programs/admin-queries';
import { setCertificateValidity } from '@/lib/certificates/commands';
import { certificationState, type CertificationState } from './rules';
import { recordChanges, recordFromEdit, type CertificationRecordEditInput } from './record-edit';

export const RECORD_AUDIT_ENTITY = 'CertificationCompletion';
export const RECORD_EDIT_ACTION = 'certification.record.edit';
const auditId = (certificationId: number, userId: number) => `${certificationId}:${userId}`;

async function requireCertification(viewer: Viewer, programId: number) {
  const program = await requireProgramManager(viewer, programId);
  if (program.kind !== 'CERTIFICATION') throw new NotFoundError('We could not find that certification.');
  const certification = await db.certification.findUniqueOrThrow({ where: { programId }, select: { id: true } });
  return { program, certificationId: certification.id };
}

export type AuditTrailEntry = {
  id: string;
  at: Date;
  actor: string;
  reason: string;
  changes: { field: string; before: string | null; after: string | null }[];
};

const FIELD_LABELS: Record<string, string> = {
  status: 'Status',
  renewalStatus: 'Renewal status',
  path: 'Path',
  timeCompleted: 'Completion date',
  timeWindowOpens: 'Window opens',
  timeExpires: 'Expiry date',
  dueAt: 'Due date',
};

function trailOf(
  rows: {
    id: bigint;
    createdAt: Date;
    details: Prisma.JsonValue;
    actor: { firstName: string; lastName: string } | null;
  }[],
): AuditTrailEntry[] {
  return rows.map((r) => {
    const d = (r.details ?? {}) as { reason?: string; before?: Record<string, string>; after?: Record<string, string> };
    const before = d.before ?? {};
    const after = d.after ?? {};
    return {
      id: r.id.toString(),
      at: r.createdAt,
      actor: r.actor ? `${r.actor.firstName} ${r.actor.lastName}` : 'Someone no longer here',
      reason: d.reason ?? '',
      changes: Object.keys({ ...before, ...after }).map((f) => ({
        field: FIELD_LABELS[f] ?? f,
        before: before[f] ?? null,
        after: after[f] ?? null,
      })),
    };
  });
}

export type CertificationRecordForAdmin = {
  program: { id: number; fullName: string; kind: 'CERTIFICATION' };
  learner: { id: number; firstName: string; lastName: string; username: string };
  record: {
    status: string;
    renewalStatus: string;
    path: string;
    timeCompleted: Date | null;
    timeWindowOpens: Date | null;
    timeExpires: Date | null;
    baselineTimeExpires: Date | null;
    dueAt: Date | null;
    version: string;
  };
  state: CertificationState;
  history: { timeCompleted: Date; timeExpires: Date; unassigned: boolean }[];
  trail: AuditTrailEntry[];
};

/** One learner's record with its history and audit trail; "not found" when they have none. */
export async function getCertificationRecordForAdmin(
  viewer: Viewer,
  programId: number,
  userId: number,
  now: Date = new Date(),
): Promise<CertificationRecordForAdmin> {
  const { program, certificationId } = await requireCertification(viewer, programId);
  const [record, history, audit] = await Promise.all([
    db.certificationCompletion.findUnique({
      where: { certificationId_userId: { certificationId, userId } },
      select: {
        status: true,
        renewalStatus: true,
        path: true,
        timeCompleted: true,
        timeWindowOpens: true,
        timeExpires: true,
        baselineTimeExpires: true,
        dueAt: true,
        updatedAt: true,
        user: { select: { id: true, firstName: true, lastName: true, username: true } },
      },
    }),
    db.certificationHistory.findMany({
      where: { certificationId, userId },
      orderBy: { timeCompleted: 'desc' },
      select: { timeCompleted: true, timeExpires: true, unassigned: true },
    }),
    db.auditLog.findMany({
      where: { entityType: RECORD_AUDIT_ENTITY, entityId: auditId(certificationId, userId) },
      orderBy: { id: 'desc' },
      take: 100,
      select: { id: true, createdAt: true, details: true, actor: { select: { firstName: true, lastName: true } } },
    }),
  ]);
  if (!record) throw new NotFoundError('This person has no record for this certification.');
  const { user, updatedAt, ...rest } = record;
  return {
    program: { id: program.id, fullName: program.fullName, kind: 'CERTIFICATION' },
    learner: user,
    record: { ...rest, version: String(updatedAt.getTime()) },
    state: certificationState(record, now),
    history,
    trail: trailOf(audit),
  };
}

export type CertificationLearnerRow = {
  userId: number;
  name: string;
  username: string;
  state: CertificationState;
  timeCompleted: Date | null;
  timeExpires: Date | null;
};

export const LEARNERS_PAGE_SIZE = 50;

/** The certification's learners (name or username search, 50 a page), for the Learners tab. */
export async function listCertificationLearners(
  viewer: Viewer,
  programId: number,
  options: { q?: string; page?: number } = {},
  now: Date = new Date(),
): Promise<{ rows: CertificationLearnerRow[]; total: number; page: number; pageSize: number }> {
  const { certificationId } = await requireCertification(viewer, programId);
  const q = options.q?.trim();
  const where: Prisma.CertificationCompletionWhereInput = {
    certificationId,
    ...(q
      ? {
          user: {
            OR: [
              { username: { contains: q, mode: 'insensitive' } },
              { firstName: { contains: q, mode: 'insensitive' } },
              { lastName: { contains: q, mode: 'insensitive' } },
            ],
          },
        }
      : {}),
  };
  const page = Math.max(1, options.page ?? 1);
  const [rows, total] = await Promise.all([
    db.certificationCompletion.findMany({
      where,
      orderBy: [{ user: { lastName: 'asc' } }, { user: { firstName: 'asc' } }, { id: 'asc' }],
      skip: (page - 1) * LEARNERS_PAGE_SIZE,
      take: LEARNERS_PAGE_SIZE,
      select: {
        status: true,
        renewalStatus: true,
        timeCompleted: true,
        timeWindowOpens: true,
        timeExpires: true,
        dueAt: true,
        user: { select: { id: true, firstName: true, lastName: true, username: true } },
      },
    }),
    db.certificationCompletion.count({ where }),
  ]);
  return {
    rows: rows.map((r) => ({
      userId: r.user.id,
      name: `${r.user.firstName} ${r.user.lastName}`,
      username: r.user.username,
      state: certificationState(r, now),
      timeCompleted: r.timeCompleted,
      timeExpires: r.timeExpires,
    })),
    total,
    page,
    pageSize: LEARNERS_PAGE_SIZE,
  };
}

/** A date typed into the form: an unchanged day keeps the stored instant (its time of day), a new day is midnight. */
function keepSameDay(typed: Date | undefined, stored: Date | null): Date | undefined {
  if (!typed || !stored) return typed;
  return isoLocalDate(stored) === isoDay(typed) ? stored : typed;
}

type LockedRecord = {
  id: number;
  status: 'ASSIGNED' | 'IN_PROGRESS' | 'CERTIFIED' | 'EXPIRED';
  renewalStatus: 'NOT_DUE' | 'DUE' | 'EXPIRED';
  path: 'CERT' | 'RECERT';
  timeCompleted: Date | null;
  timeWindowOpens: Date | null;
  timeExpires: Date | null;
  baselineTimeExpires: Date | null;
  dueAt: Date | null;
  updatedAt: Date;
};

/**
 * Saves an admin's change to a learner's certification record, with its reason in the audit trail. The program
 * record follows (complete while certified, due at the expiry once the window is open, due at the old expiry once
 * expired), and a new expiry goes on the courses' current certificates. Course progress is not reset here: the
 * scheduled pass does that when a window opens by date (set "window opens" to today to start a renewal properly).
 */
export async function updateCertificationRecord(
  viewer: Viewer,
  programId: number,
  userId: number,
  input: CertificationRecordEditInput,
  options: { now?: Date; ip?: string | null } = {},
): Promise<{ changed: boolean }> {
  const now = options.now ?? new Date();
  const { certificationId } = await requireCertification(viewer, programId);
  return db.$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<LockedRecord[]>`
      SELECT "id", "status"::text AS "status", "renewalStatus"::text AS "renewalStatus", "path"::text AS "path",
        "timeCompleted", "timeWindowOpens", "timeExpires", "baselineTimeExpires", "dueAt", "updatedAt"
      FROM "CertificationCompletion" WHERE "certificationId" = ${certificationId} AND "userId" = ${userId}
      FOR UPDATE`;
    if (!current) throw new NotFoundError('This person has no record for this certification any more.');
    if (String(current.updatedAt.getTime()) !== input.version)
      throw new ConflictError(
        'Someone else changed this record after you opened it. Reload the page to see their change, then make yours again.',
      );
    const typed = {
      state: input.state,
      timeCompleted: keepSameDay(input.timeCompleted, current.timeCompleted),
      timeWindowOpens: keepSameDay(input.timeWindowOpens, current.timeWindowOpens),
      timeExpires: keepSameDay(input.timeExpires, current.timeExpires),
      dueAt: keepSameDay(input.dueAt, current.dueAt),
    };
    const next = recordFromEdit(typed, current, now);
    if (!next.ok) throw new ValidationError(next.fieldErrors);
    const changes = recordChanges(current, next.record);
    if (Object.keys(changes.after).length === 0)
      throw new ValidationError({ state: 'Nothing has changed: change the state or a date, or cancel' });
    const r = next.record;
    await tx.certificationCompletion.update({
      where: { id: current.id },
      data: {
        status: r.status,
        renewalStatus: r.renewalStatus,
        path: r.path,
        timeCompleted: r.timeCompleted,
        timeWindowOpens: r.timeWindowOpens,
        timeExpires: r.timeExpires,
        baselineTimeExpires: r.baselineTimeExpires,
        dueAt: r.dueAt,
        updatedAt: now.getTime() > current.updatedAt.getTime() ? now : new Date(current.updatedAt.getTime() + 1),
      },
    });
    const certified = r.status === 'CERTIFIED' && r.renewalStatus === 'NOT_DUE';
    await tx.programCompletion.updateMany({
      where: { programId, userId },
      data: certified
        ? { status: 'COMPLETE', progressPercent: 100, completedAt: r.timeCompleted }
        : { status: 'INCOMPLETE', completedAt: null, dueAt: r.renewalStatus === 'DUE' ? r.timeExpires : r.dueAt },
    });
    if (r.timeExpires && r.timeExpires.getTime() !== current.timeExpires?.getTime()) {
      const courses = await tx.courseSetCourse.findMany({
        where: { courseSet: { programId } },
        select: { courseId: true },
      });
      await setCertificateValidity(tx, {
        userId,
        courseIds: [...new Set(courses.map((c) => c.courseId))],
        validUntil: r.timeExpires,
      });
    }
    await writeAudit(
      {
        actorId: viewer.id,
        action: RECORD_EDIT_ACTION,
        entityType: RECORD_AUDIT_ENTITY,
        entityId: auditId(certificationId, userId),
        details: { reason: input.reason, ...changes },
        ip: options.ip ?? null,
      },
      tx,
    );
    return { changed: true };
  });
}
