// Program and certification assignment, set-based (REFERENCE §2.2): who is assigned through an audience, an
// organisation or individually becomes a ProgramUser (the assignment's reason, with the date), gets their
// program record with the due date (fixed, or N days / weeks / months / years after being assigned, on the London
// calendar; the latest of their assignments), a certification record for certifications, and is enrolled on the
// program's courses (source PROGRAM or CERTIFICATION, so the course page can say why). People who no longer match
// (left the audience or organisation, assignment removed) are unassigned: an incomplete program record goes, a
// certified cycle is kept in the history marked "unassigned" and comes back if they are assigned again before it
// expires. When an admin changes a program's assignments (`recomputeDueDates`), the due dates of records not yet
// completed follow the assignments again (the hourly run leaves dates alone, so nothing moves without a change). Someone newly assigned who has already done some
// of the courses gets their progress (or completion) at once. Each step is one set-based statement over everyone,
// so a run over 100,000 people is a handful of statements and a second run changes nothing.
// Unsafe: no viewer, for the scheduled job and admin commands that have checked permission already.
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { updateProgramsForUser } from './progress';

export type AssignmentSyncResult = {
  assigned: number;
  programRecords: number;
  certificationRecords: number;
  enrolled: number;
  /** Assignment rows removed because the person no longer matches. */
  unassigned?: number;
  /** Records whose due date moved with their assignments. */
  dueDatesChanged?: number;
  /** Automatic enrolments suspended because no assignment reaches the course any more. */
  released?: number;
};

/** The due date of one ProgramUser row `pu` under its assignment `a`, in SQL. */
const DUE_SQL = Prisma.sql`CASE a."dueType"
  WHEN 'FIXED' THEN a."dueDate"
  WHEN 'RELATIVE' THEN ((((pu."assignedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/London')
    + a."dueWithinValue" * (CASE a."dueWithinUnit" WHEN 'DAY' THEN interval '1 day' WHEN 'WEEK' THEN interval '1 week'
      WHEN 'MONTH' THEN interval '1 month' ELSE interval '1 year' END))
    AT TIME ZONE 'Europe/London') AT TIME ZONE 'UTC'
END`;

/** A certification record `cc` (of certification `c`) never yet certified: its due date is the assignment's. */
const NEVER_CERTIFIED = Prisma.sql`cc."status" IN ('ASSIGNED', 'IN_PROGRESS') AND cc."path" = 'CERT'
  AND cc."timeCompleted" IS NULL
  AND NOT EXISTS (SELECT 1 FROM "CertificationHistory" ch WHERE ch."certificationId" = c."id" AND ch."userId" = cc."userId")`;

export type AssignmentSyncOptions = {
  /** One program, or several (`programIds`); neither means every program. */
  programId?: number;
  programIds?: number[];
  now?: Date;
  recomputeDueDates?: boolean;
  /** The program's content changed: everyone's progress is worked out again (with `programId` only). */
  reevaluate?: boolean;
};

/** The sync in its own transaction (the hourly job, admin commands). */
export async function unsafeSyncProgramAssignments(options: AssignmentSyncOptions = {}): Promise<AssignmentSyncResult> {
  return db.$transaction((tx) => unsafeSyncProgramAssignmentsIn(tx, options), { timeout: 120_000 });
}

/**
 * Programs and certifications assigned to these audiences, synced inside the caller's transaction (an audience's
 * members just changed), so assignments, enrolments and records move with the membership, not an hour later.
 */
export async function unsafeSyncAudienceAssignments(
  tx: Prisma.TransactionClient,
  audienceIds: number[],
  options: { now?: Date; programIds?: number[] } = {},
): Promise<AssignmentSyncResult | null> {
  const assigned = await tx.programAssignment.findMany({
    where: { type: 'AUDIENCE', audienceId: { in: audienceIds } },
    select: { programId: true },
    distinct: ['programId'],
  });
  const programIds = [...new Set([...assigned.map((a) => a.programId), ...(options.programIds ?? [])])];
  if (programIds.length === 0) return null;
  return unsafeSyncProgramAssignmentsIn(tx, { programIds, now: options.now, recomputeDueDates: true });
}

/** The programs an audience is assigned to (read before the audience is deleted, to sync them after). */
export async function unsafeProgramsAssignedToAudience(tx: Prisma.TransactionClient, audienceId: number) {
  const rows = await tx.programAssignment.findMany({
    where: { type: 'AUDIENCE', audienceId },
    select: { programId: true },
    distinct: ['programId'],
  });
  return rows.map((r) => r.programId);
}

export async function unsafeSyncProgramAssignmentsIn(
  tx: Prisma.TransactionClient,
  options: AssignmentSyncOptions = {},
): Promise<AssignmentSyncResult> {
  const now = options.now ?? new Date();
  const programIds = options.programIds ?? (options.programId ? [options.programId] : null);
  if (programIds && programIds.length === 0)
    return { assigned: 0, programRecords: 0, certificationRecords: 0, enrolled: 0, unassigned: 0, released: 0 };
  // Column names are fixed strings from this file, never input.
  const only = (column: string) =>
    programIds ? Prisma.sql`AND ${Prisma.raw(column)} = ANY(${programIds}::int[])` : Prisma.empty;
  const onlyProgram = only('a."programId"');
  // Everyone each assignment covers now (suspended people included: they stay assigned, new ones are not added).
  const who = Prisma.sql`
    SELECT a."programId", m."userId", a."id" AS "assignmentId" FROM "ProgramAssignment" a
    JOIN "AudienceMember" m ON m."audienceId" = a."audienceId" WHERE a."type" = 'AUDIENCE' ${onlyProgram}
    UNION ALL
    SELECT a."programId", u."id", a."id" FROM "ProgramAssignment" a
    JOIN "User" u ON u."organisationId" = a."organisationId" WHERE a."type" = 'ORGANISATION' ${onlyProgram}
    UNION ALL
    SELECT a."programId", a."userId", a."id" FROM "ProgramAssignment" a
    WHERE a."type" = 'INDIVIDUAL' AND a."userId" IS NOT NULL ${onlyProgram}`;
  {
    {
      const unassigned = await tx.$executeRaw`
        DELETE FROM "ProgramUser" pu
        WHERE TRUE ${only('pu."programId"')}
          AND NOT EXISTS (
            SELECT 1 FROM (${who}) w
            WHERE w."programId" = pu."programId" AND w."userId" = pu."userId" AND w."assignmentId" = pu."assignmentId"
          )`;
      const assigned = await tx.$executeRaw`
        INSERT INTO "ProgramUser" ("programId", "userId", "assignmentId", "assignedAt")
        SELECT w."programId", w."userId", w."assignmentId", ${now}
        FROM (${who}) w
        JOIN "User" u ON u."id" = w."userId" AND u."status" = 'ACTIVE'
        ON CONFLICT DO NOTHING`;
      // Also covers rows removed with their assignment (an admin removed it: the rows went by cascade).
      await unassignLeavers(tx, only);
      const released = await releaseEnrolments(tx, only);
      const created = await tx.$queryRaw<{ programId: number; userId: number }[]>`
        INSERT INTO "ProgramCompletion" ("programId", "userId", "assignedAt", "dueAt", "updatedAt")
        SELECT pu."programId", pu."userId", min(pu."assignedAt"), max(${DUE_SQL}), ${now}
        FROM "ProgramUser" pu JOIN "ProgramAssignment" a ON a."id" = pu."assignmentId"
        WHERE TRUE ${only('pu."programId"')}
        GROUP BY pu."programId", pu."userId"
        ON CONFLICT ("programId", "userId") DO NOTHING
        RETURNING "programId", "userId"`;
      // A changed assignment due date (or a removed assignment) moves the due date of those not yet done.
      // Certifications' own due dates follow the same rule until the first certification; after an expiry the
      // old expiry date is the due date and stays.
      const recompute = options.recomputeDueDates === true;
      const programDue = !recompute
        ? 0
        : await tx.$executeRaw`
        UPDATE "ProgramCompletion" pc SET "dueAt" = d."dueAt", "updatedAt" = ${now}
        FROM (
          SELECT pu."programId", pu."userId", max(${DUE_SQL}) AS "dueAt"
          FROM "ProgramUser" pu JOIN "ProgramAssignment" a ON a."id" = pu."assignmentId"
          WHERE TRUE ${only('pu."programId"')}
          GROUP BY pu."programId", pu."userId"
        ) d
        JOIN "Program" p ON p."id" = d."programId"
        WHERE pc."programId" = d."programId" AND pc."userId" = d."userId" AND pc."status" = 'INCOMPLETE'
          AND pc."dueAt" IS DISTINCT FROM d."dueAt"
          AND (p."kind" = 'PROGRAM' OR EXISTS (
            SELECT 1 FROM "Certification" c JOIN "CertificationCompletion" cc ON cc."certificationId" = c."id"
            WHERE c."programId" = p."id" AND cc."userId" = pc."userId" AND ${NEVER_CERTIFIED}))`;
      // A certification's program record agrees with a certified person's state (it reopens with the window).
      await tx.$executeRaw`
        UPDATE "ProgramCompletion" pc
        SET "status" = 'COMPLETE', "progressPercent" = 100, "completedAt" = cc."timeCompleted", "updatedAt" = ${now}
        FROM "Certification" c JOIN "CertificationCompletion" cc ON cc."certificationId" = c."id"
        WHERE pc."programId" = c."programId" AND pc."userId" = cc."userId" AND pc."status" = 'INCOMPLETE'
          AND cc."status" = 'CERTIFIED' AND cc."renewalStatus" = 'NOT_DUE' ${only('pc."programId"')}`;
      // New certification records; someone unassigned while certified gets that cycle back if it has not expired.
      const certificationRecords = await tx.$executeRaw`
        INSERT INTO "CertificationCompletion" ("certificationId", "userId", "status", "path", "timeCompleted",
          "timeWindowOpens", "timeExpires", "baselineTimeExpires", "dueAt", "updatedAt")
        SELECT c."id", pc."userId",
          (CASE WHEN h."id" IS NULL THEN 'ASSIGNED' ELSE 'CERTIFIED' END)::"CertificationStatus",
          (CASE WHEN h."id" IS NULL THEN 'CERT' ELSE 'RECERT' END)::"CertificationPath",
          h."timeCompleted", h."timeWindowOpens", h."timeExpires", h."timeExpires", pc."dueAt", ${now}
        FROM "ProgramCompletion" pc JOIN "Certification" c ON c."programId" = pc."programId"
        LEFT JOIN LATERAL (
          SELECT ch."id", ch."timeCompleted", ch."timeWindowOpens", ch."timeExpires" FROM "CertificationHistory" ch
          WHERE ch."certificationId" = c."id" AND ch."userId" = pc."userId" AND ch."unassigned"
            AND ch."timeExpires" > ${now} AND (ch."timeWindowOpens" IS NULL OR ch."timeWindowOpens" > ${now})
          ORDER BY ch."timeExpires" DESC LIMIT 1
        ) h ON TRUE
        WHERE TRUE ${only('pc."programId"')}
        ON CONFLICT ("certificationId", "userId") DO NOTHING`;
      if (certificationRecords > 0) {
        // The restored cycle is current again, so it leaves the history (it would show twice otherwise).
        await tx.$executeRaw`
          DELETE FROM "CertificationHistory" ch USING "CertificationCompletion" cc
          WHERE ch."unassigned" AND cc."certificationId" = ch."certificationId" AND cc."userId" = ch."userId"
            AND cc."status" = 'CERTIFIED' AND cc."timeCompleted" = ch."timeCompleted"
            AND cc."timeExpires" = ch."timeExpires" AND cc."updatedAt" = ${now}`;
        await tx.$executeRaw`
          UPDATE "ProgramCompletion" pc
          SET "status" = 'COMPLETE', "progressPercent" = 100, "completedAt" = cc."timeCompleted", "updatedAt" = ${now}
          FROM "Certification" c JOIN "CertificationCompletion" cc ON cc."certificationId" = c."id"
          WHERE pc."programId" = c."programId" AND pc."userId" = cc."userId" AND pc."status" = 'INCOMPLETE'
            AND cc."status" = 'CERTIFIED' AND cc."renewalStatus" = 'NOT_DUE' AND cc."updatedAt" = ${now}`;
      }
      const certificationDue = !recompute
        ? 0
        : await tx.$executeRaw`
        UPDATE "CertificationCompletion" cc SET "dueAt" = pc."dueAt", "updatedAt" = ${now}
        FROM "ProgramCompletion" pc JOIN "Certification" c ON c."programId" = pc."programId"
        WHERE cc."certificationId" = c."id" AND cc."userId" = pc."userId" AND ${NEVER_CERTIFIED}
          AND cc."dueAt" IS DISTINCT FROM pc."dueAt" ${only('pc."programId"')}`;
      // One enrolment per person and course (the first program to reach it is named as the reason).
      const enrolled = await tx.$executeRaw`
        INSERT INTO "Enrolment" ("userId", "courseId", "source", "sourceProgramId", "enrolledAt")
        SELECT DISTINCT ON (pu."userId", csc."courseId") pu."userId", csc."courseId",
          (CASE p."kind" WHEN 'CERTIFICATION' THEN 'CERTIFICATION' ELSE 'PROGRAM' END)::"EnrolmentSource", p."id", ${now}
        FROM "ProgramUser" pu
        JOIN "Program" p ON p."id" = pu."programId"
        JOIN "CourseSet" cs ON cs."programId" = pu."programId"
        JOIN "CourseSetCourse" csc ON csc."courseSetId" = cs."id"
        WHERE TRUE ${only('pu."programId"')}
        ORDER BY pu."userId", csc."courseId", p."id"
        ON CONFLICT ("userId", "courseId") DO UPDATE
        SET "status" = 'ACTIVE', "source" = EXCLUDED."source", "sourceProgramId" = EXCLUDED."sourceProgramId",
          "enrolledAt" = EXCLUDED."enrolledAt"
        WHERE "Enrolment"."status" = 'SUSPENDED' AND "Enrolment"."source" IN ('PROGRAM', 'CERTIFICATION')`;
      await tx.$executeRaw`
        INSERT INTO "CourseCompletion" ("userId", "courseId", "updatedAt")
        SELECT e."userId", e."courseId", ${now} FROM "Enrolment" e
        WHERE e."source" IN ('PROGRAM', 'CERTIFICATION') AND e."enrolledAt" = ${now}
        ON CONFLICT ("userId", "courseId") DO NOTHING`;
      const toEvaluate =
        options.reevaluate && programIds
          ? await tx.programCompletion.findMany({
              where: { programId: { in: programIds } },
              select: { programId: true, userId: true },
            })
          : created;
      if (toEvaluate.length > 0) await countEarlierProgress(tx, toEvaluate, now);
      return {
        assigned,
        programRecords: created.length,
        certificationRecords,
        enrolled,
        unassigned,
        released,
        dueDatesChanged: programDue + certificationDue,
      };
    }
  }
}

/**
 * "A ProgramUser `pu` of the person reaches the course of enrolment `e` through a course set": an EXISTS left open
 * so a caller can add a condition on `pu` before its closing bracket.
 */
const REACHES = Prisma.sql`EXISTS (SELECT 1 FROM "ProgramUser" pu
  JOIN "CourseSet" cs ON cs."programId" = pu."programId" JOIN "CourseSetCourse" csc ON csc."courseSetId" = cs."id"
  WHERE pu."userId" = e."userId" AND csc."courseId" = e."courseId"`;

/**
 * Automatic enrolments of people no longer assigned (Totara's program enrolment clean-up): an enrolment whose
 * program no longer reaches the person names another program that still does; when none does, the enrolment is
 * suspended (the course leaves their Home and cannot be launched; assigning them again reactivates it). Everything
 * they did is kept: course completions and their history, activity completions, quiz attempts, SCORM tracks,
 * bookings and certificates. Only an untouched Record of Learning entry (not started, 0 %) goes, as when L&D
 * unenrol someone. Enrolments made another way (self, admin) are never touched.
 */
async function releaseEnrolments(tx: Prisma.TransactionClient, only: (column: string) => Prisma.Sql): Promise<number> {
  // Enrolments whose own program no longer reaches the person: the first other program that does is named.
  await tx.$executeRaw`
    WITH stale AS (
      SELECT e."id", e."userId", e."courseId" FROM "Enrolment" e
      WHERE e."status" = 'ACTIVE' AND e."source" IN ('PROGRAM', 'CERTIFICATION') ${only('e."sourceProgramId"')}
        AND NOT ${REACHES} AND pu."programId" = e."sourceProgramId")
    ), next AS (
      SELECT s."id", (
        SELECT pu."programId" FROM "ProgramUser" pu
        JOIN "CourseSet" cs ON cs."programId" = pu."programId" JOIN "CourseSetCourse" csc ON csc."courseSetId" = cs."id"
        WHERE pu."userId" = s."userId" AND csc."courseId" = s."courseId" ORDER BY pu."programId" LIMIT 1
      ) AS "programId" FROM stale s
    )
    UPDATE "Enrolment" e SET "sourceProgramId" = p."id",
      "source" = (CASE p."kind" WHEN 'CERTIFICATION' THEN 'CERTIFICATION' ELSE 'PROGRAM' END)::"EnrolmentSource"
    FROM next n JOIN "Program" p ON p."id" = n."programId"
    WHERE e."id" = n."id"`;
  const [row] = await tx.$queryRaw<{ n: number }[]>`
    WITH released AS (
      UPDATE "Enrolment" e SET "status" = 'SUSPENDED'
      WHERE e."status" = 'ACTIVE' AND e."source" IN ('PROGRAM', 'CERTIFICATION')
        AND (e."sourceProgramId" IS NULL OR TRUE ${only('e."sourceProgramId"')})
        AND NOT ${REACHES})
      RETURNING e."userId", e."courseId"
    ), untouched AS (
      DELETE FROM "CourseCompletion" cc USING released r
      WHERE cc."userId" = r."userId" AND cc."courseId" = r."courseId" AND cc."status" = 'NOT_STARTED'
        AND cc."progressPercent" = 0 AND cc."timeStarted" IS NULL
    )
    SELECT count(*)::int AS n FROM released`;
  return row?.n ?? 0;
}

/**
 * After ProgramUser rows were removed: anyone left with no assignment to a program loses an incomplete program
 * record (it is no longer required learning); a completed program stays in their record. Their certification
 * record goes to the history marked "unassigned" when it holds a certified cycle, and is removed.
 */
async function unassignLeavers(tx: Prisma.TransactionClient, only: (column: string) => Prisma.Sql): Promise<void> {
  const gone = Prisma.sql`NOT EXISTS (SELECT 1 FROM "ProgramUser" pu WHERE pu."programId" = c."programId" AND pu."userId" = cc."userId")`;
  await tx.$executeRaw`
    INSERT INTO "CertificationHistory" ("certificationId", "userId", "status", "timeCompleted", "timeWindowOpens",
      "timeExpires", "unassigned")
    SELECT cc."certificationId", cc."userId", 'CERTIFIED', cc."timeCompleted", cc."timeWindowOpens", cc."timeExpires", TRUE
    FROM "CertificationCompletion" cc JOIN "Certification" c ON c."id" = cc."certificationId"
    WHERE cc."timeCompleted" IS NOT NULL AND cc."timeExpires" IS NOT NULL AND ${gone} ${only('c."programId"')}
    ON CONFLICT ("certificationId", "userId", "timeCompleted", "timeExpires") DO UPDATE SET "unassigned" = TRUE`;
  await tx.$executeRaw`
    DELETE FROM "CertificationCompletion" cc USING "Certification" c
    WHERE c."id" = cc."certificationId" AND ${gone} ${only('c."programId"')}`;
  await tx.$executeRaw`
    DELETE FROM "ProgramCompletion" pc
    WHERE pc."status" = 'INCOMPLETE' ${only('pc."programId"')}
      AND NOT EXISTS (SELECT 1 FROM "ProgramUser" pu WHERE pu."programId" = pc."programId" AND pu."userId" = pc."userId")`;
}

/**
 * Newly assigned people (or, after a content change, everyone) who have already started or completed some of the
 * program's courses: their programs are evaluated now with the course-set rules (completing a program, or certifying, dated by their latest course
 * completion). Only people with progress are visited, so a first sync of a large audience stays cheap.
 */
async function countEarlierProgress(
  tx: Prisma.TransactionClient,
  created: { programId: number; userId: number }[],
  now: Date,
): Promise<void> {
  const rows = await tx.$queryRaw<{ userId: number; programIds: number[]; at: Date | null }[]>`
    SELECT n."userId", array_agg(DISTINCT n."programId") AS "programIds", max(cc."timeCompleted") AS "at"
    FROM unnest(${created.map((c) => c.programId)}::int[], ${created.map((c) => c.userId)}::int[]) AS n("programId", "userId")
    JOIN "CourseSet" cs ON cs."programId" = n."programId"
    JOIN "CourseSetCourse" csc ON csc."courseSetId" = cs."id"
    JOIN "CourseCompletion" cc ON cc."courseId" = csc."courseId" AND cc."userId" = n."userId"
    WHERE cc."status" <> 'NOT_STARTED' OR cc."progressPercent" > 0
    GROUP BY n."userId"`;
  for (const row of rows) {
    await updateProgramsForUser(tx, { userId: row.userId, programIds: row.programIds, at: row.at ?? now });
  }
}
