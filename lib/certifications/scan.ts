// The scheduled certification pass (REFERENCE §1.5), set-based: each step is one SQL statement per batch of up
// to BATCH records, whatever the number of people, with FOR UPDATE SKIP LOCKED so two workers split the work
// instead of doing it twice. Each moved record queues one follow-up job (course reset and emails) in the same
// transaction, with a dedupe key naming the record and the cycle, so a second pass (or a second worker) changes
// nothing and notifies nobody twice. The rules are the ones in rules.ts (isWindowOpening / expiry), in SQL.
import { db } from '@/lib/db';
import { enqueueManyWithin, prepareQueue } from '@/lib/jobs/enqueue';
import { dedupeKey } from '@/lib/jobs/rules';
import { wakeWorkers } from '@/lib/jobs/worker';
import {
  certificationExpiredJob,
  certificationWindowClosingJob,
  certificationWindowOpenedJob,
  FOLLOW_UP_CHUNK,
} from './follow-up-jobs';

export const SCAN_BATCH = 5000;
/** "Recertification window due to close": a reminder this many days before the expiry of a renewal not yet done. */
export const CLOSING_REMINDER_DAYS = 7;

type Moved = { id: number; userId: number; certificationId: number; at: Date };

const closingKey = (m: Moved) => dedupeKey('cert-closing', m.id, m.at.getTime());

/**
 * Follow-up jobs for moved records, FOLLOW_UP_CHUNK people each, keyed by step, the chunk's first and last record
 * and the pass time: the same records are never queued twice by the same step.
 */
function chunks<P>(step: string, now: Date, moved: Moved[], payload: (m: Moved) => P) {
  const out: { payload: { items: P[] }; dedupeKey: string }[] = [];
  for (let i = 0; i < moved.length; i += FOLLOW_UP_CHUNK) {
    const part = moved.slice(i, i + FOLLOW_UP_CHUNK);
    out.push({
      payload: { items: part.map(payload) },
      dedupeKey: dedupeKey(step, part[0]!.id, part[part.length - 1]!.id, now.getTime()),
    });
  }
  return out;
}

/**
 * Window opens: certified, not yet due, window date reached, account active (a suspended person does not roll
 * over). The current cycle goes to history, the renewal becomes due and the program completion incomplete.
 */
async function openWindows(now: Date, batch: number): Promise<number> {
  return db.$transaction(async (tx) => {
    const moved = await tx.$queryRaw<Moved[]>`
      WITH due AS (
        SELECT cc."id" FROM "CertificationCompletion" cc JOIN "User" u ON u."id" = cc."userId"
        WHERE cc."status" = 'CERTIFIED' AND cc."renewalStatus" = 'NOT_DUE' AND cc."timeWindowOpens" <= ${now}
          AND u."status" = 'ACTIVE'
        ORDER BY cc."id" LIMIT ${batch}
        FOR UPDATE OF cc SKIP LOCKED
      ), history AS (
        INSERT INTO "CertificationHistory" ("certificationId", "userId", "status", "timeCompleted", "timeWindowOpens", "timeExpires", "archivedAt")
        SELECT cc."certificationId", cc."userId", 'CERTIFIED'::"CertificationStatus", cc."timeCompleted", cc."timeWindowOpens", cc."timeExpires", ${now}
        FROM "CertificationCompletion" cc JOIN due ON due."id" = cc."id"
        WHERE cc."timeCompleted" IS NOT NULL AND cc."timeExpires" IS NOT NULL
        ON CONFLICT DO NOTHING
      ), moved AS (
        UPDATE "CertificationCompletion" cc SET "renewalStatus" = 'DUE', "updatedAt" = ${now}
        FROM due WHERE cc."id" = due."id"
        RETURNING cc."id", cc."userId", cc."certificationId", cc."timeWindowOpens" AS "at", cc."timeExpires"
      ), program AS (
        UPDATE "ProgramCompletion" pc
        SET "status" = 'INCOMPLETE', "progressPercent" = 0, "completedAt" = NULL, "dueAt" = moved."timeExpires", "updatedAt" = ${now}
        FROM moved JOIN "Certification" c ON c."id" = moved."certificationId"
        WHERE pc."programId" = c."programId" AND pc."userId" = moved."userId"
      )
      SELECT "id", "userId", "certificationId", "at" FROM moved`;
    await enqueueManyWithin(
      tx,
      certificationWindowOpenedJob,
      chunks('cert-window', now, moved, (m) => ({
        completionId: m.id,
        userId: m.userId,
        certificationId: m.certificationId,
        windowOpensAt: m.at,
      })),
    );
    return moved.length;
  });
}

/**
 * Expiry: a renewal that was due and not done by the expiry date. Back to the original path; the old expiry
 * becomes the due date, so the person shows as overdue until they certify again.
 */
async function expire(now: Date, batch: number): Promise<number> {
  return db.$transaction(async (tx) => {
    const moved = await tx.$queryRaw<Moved[]>`
      WITH due AS (
        SELECT cc."id" FROM "CertificationCompletion" cc
        WHERE cc."status" IN ('CERTIFIED', 'IN_PROGRESS') AND cc."renewalStatus" = 'DUE' AND cc."timeExpires" <= ${now}
        ORDER BY cc."id" LIMIT ${batch}
        FOR UPDATE OF cc SKIP LOCKED
      ), moved AS (
        UPDATE "CertificationCompletion" cc
        SET "status" = 'EXPIRED', "renewalStatus" = 'EXPIRED', "path" = 'CERT', "dueAt" = cc."timeExpires",
            "timeCompleted" = NULL, "timeWindowOpens" = NULL, "timeExpires" = NULL, "updatedAt" = ${now}
        FROM due WHERE cc."id" = due."id"
        RETURNING cc."id", cc."userId", cc."certificationId", cc."dueAt" AS "at"
      ), program AS (
        UPDATE "ProgramCompletion" pc SET "dueAt" = moved."at", "updatedAt" = ${now}
        FROM moved JOIN "Certification" c ON c."id" = moved."certificationId"
        WHERE pc."programId" = c."programId" AND pc."userId" = moved."userId"
      )
      SELECT "id", "userId", "certificationId", "at" FROM moved`;
    await enqueueManyWithin(
      tx,
      certificationExpiredJob,
      chunks('cert-expired', now, moved, (m) => ({
        completionId: m.id,
        userId: m.userId,
        certificationId: m.certificationId,
        expiredAt: m.at,
      })),
    );
    return moved.length;
  });
}

/**
 * Window closing: a reminder to each person whose renewal is due and not done, once per cycle. Nothing changes
 * state, so the pass pages through by id and the dedupe keys (one statement per page) keep it to one email.
 */
async function remindClosing(now: Date, batch: number): Promise<number> {
  const until = new Date(now.getTime() + CLOSING_REMINDER_DAYS * 86_400_000);
  let after = 0;
  let queued = 0;
  for (;;) {
    const rows = await db.$queryRaw<Moved[]>`
      SELECT cc."id", cc."userId", cc."certificationId", cc."timeExpires" AS "at"
      FROM "CertificationCompletion" cc
      WHERE cc."status" IN ('CERTIFIED', 'IN_PROGRESS') AND cc."renewalStatus" = 'DUE'
        AND cc."timeExpires" > ${now} AND cc."timeExpires" <= ${until} AND cc."id" > ${after}
      ORDER BY cc."id" LIMIT ${batch}`;
    if (rows.length === 0) break;
    // Claimed per person and expiry (not per chunk), in the transaction that queues the reminders: a record read
    // again by the next pass, or by a second worker at the same time, is never reminded twice.
    queued += await db.$transaction(async (tx) => {
      const claimed = await tx.$queryRaw<{ key: string }[]>`
        INSERT INTO "JobDedupe" ("key", "jobName") SELECT k, ${certificationWindowClosingJob.name}
        FROM unnest(${rows.map(closingKey)}::text[]) AS k ON CONFLICT DO NOTHING RETURNING "key"`;
      const won = new Set(claimed.map((c) => c.key));
      const due = rows.filter((m) => won.has(closingKey(m)));
      await enqueueManyWithin(
        tx,
        certificationWindowClosingJob,
        chunks('cert-closing-batch', now, due, (m) => ({
          completionId: m.id,
          userId: m.userId,
          certificationId: m.certificationId,
          expiresAt: m.at,
        })),
      );
      return due.length;
    });
    after = rows[rows.length - 1]!.id;
    if (rows.length < batch) break;
  }
  return queued;
}

export type ScanResult = { windowsOpened: number; expired: number; remindersQueued: number };

/**
 * One pass: every window that is due opens (first, so its history is kept), then every due expiry applies, then
 * the window-closing reminders are queued.
 */
export async function runCertificationScan(now: Date = new Date(), batch: number = SCAN_BATCH): Promise<ScanResult> {
  await prepareQueue(certificationWindowOpenedJob);
  await prepareQueue(certificationExpiredJob);
  await prepareQueue(certificationWindowClosingJob);
  const result: ScanResult = { windowsOpened: 0, expired: 0, remindersQueued: 0 };
  // A full batch means there may be more: go again until a batch comes back short.
  let moved = batch;
  while (moved === batch) result.windowsOpened += moved = await openWindows(now, batch);
  moved = batch;
  while (moved === batch) result.expired += moved = await expire(now, batch);
  result.remindersQueued = await remindClosing(now, batch);
  if (result.remindersQueued > 0) wakeWorkers(certificationWindowClosingJob.name);
  if (result.windowsOpened > 0) wakeWorkers(certificationWindowOpenedJob.name);
  if (result.expired > 0) wakeWorkers(certificationExpiredJob.name);
  return result;
}
