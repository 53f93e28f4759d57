// Program and certification assignment, set-based (REFERENCE §2.2): who is assigned through an audience, an
// organisation or individually becomes a ProgramUser (the assignment's reason, with the date), gets their
// program record with the due date (fixed, or N days after being assigned; the latest of their assignments),
// a certification record for certifications, and is enrolled on the program's courses (source PROGRAM or
// CERTIFICATION, so the course page can say why). Each step is one INSERT ... SELECT ... ON CONFLICT DO NOTHING
// over everyone at once, so a run over 100,000 people is a handful of statements and a second run adds nothing.
// Unsafe: no viewer, for the scheduled job and admin commands that have checked permission already.
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';

export type AssignmentSyncResult = {
  assigned: number;
  programRecords: number;
  certificationRecords: number;
  enrolled: number;
};

export async function unsafeSyncProgramAssignments(
  options: { programId?: number; now?: Date } = {},
): Promise<AssignmentSyncResult> {
  const now = options.now ?? new Date();
  // Column names are fixed strings from this file, never input.
  const only = (column: string) =>
    options.programId ? Prisma.sql`AND ${Prisma.raw(column)} = ${options.programId}` : Prisma.empty;
  const onlyProgram = only('a."programId"');
  return db.$transaction(
    async (tx) => {
      const assigned = await tx.$executeRaw`
        INSERT INTO "ProgramUser" ("programId", "userId", "assignmentId", "assignedAt")
        SELECT who."programId", who."userId", who."assignmentId", ${now}
        FROM (
          SELECT a."programId", m."userId", a."id" AS "assignmentId" FROM "ProgramAssignment" a
          JOIN "AudienceMember" m ON m."audienceId" = a."audienceId" WHERE a."type" = 'AUDIENCE' ${onlyProgram}
          UNION ALL
          SELECT a."programId", u."id", a."id" FROM "ProgramAssignment" a
          JOIN "User" u ON u."organisationId" = a."organisationId" WHERE a."type" = 'ORGANISATION' ${onlyProgram}
          UNION ALL
          SELECT a."programId", a."userId", a."id" FROM "ProgramAssignment" a
          WHERE a."type" = 'INDIVIDUAL' AND a."userId" IS NOT NULL ${onlyProgram}
        ) who
        JOIN "User" u ON u."id" = who."userId" AND u."status" = 'ACTIVE'
        ON CONFLICT DO NOTHING`;
      const programRecords = await tx.$executeRaw`
        INSERT INTO "ProgramCompletion" ("programId", "userId", "assignedAt", "dueAt", "updatedAt")
        SELECT pu."programId", pu."userId", min(pu."assignedAt"),
          max(CASE a."dueType"
            WHEN 'FIXED' THEN a."dueDate"
            WHEN 'RELATIVE' THEN pu."assignedAt" + a."dueWithinDays" * interval '1 day'
          END),
          ${now}
        FROM "ProgramUser" pu JOIN "ProgramAssignment" a ON a."id" = pu."assignmentId"
        WHERE TRUE ${only('pu."programId"')}
        GROUP BY pu."programId", pu."userId"
        ON CONFLICT ("programId", "userId") DO NOTHING`;
      // A certification's program record agrees with a certified person's state (it reopens with the window).
      await tx.$executeRaw`
        UPDATE "ProgramCompletion" pc
        SET "status" = 'COMPLETE', "progressPercent" = 100, "completedAt" = cc."timeCompleted", "updatedAt" = ${now}
        FROM "Certification" c JOIN "CertificationCompletion" cc ON cc."certificationId" = c."id"
        WHERE pc."programId" = c."programId" AND pc."userId" = cc."userId" AND pc."status" = 'INCOMPLETE'
          AND cc."status" = 'CERTIFIED' AND cc."renewalStatus" = 'NOT_DUE' ${only('pc."programId"')}`;
      const certificationRecords = await tx.$executeRaw`
        INSERT INTO "CertificationCompletion" ("certificationId", "userId", "dueAt", "updatedAt")
        SELECT c."id", pc."userId", pc."dueAt", ${now}
        FROM "ProgramCompletion" pc JOIN "Certification" c ON c."programId" = pc."programId"
        WHERE TRUE ${only('pc."programId"')}
        ON CONFLICT ("certificationId", "userId") DO NOTHING`;
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
        ON CONFLICT ("userId", "courseId") DO NOTHING`;
      await tx.$executeRaw`
        INSERT INTO "CourseCompletion" ("userId", "courseId", "updatedAt")
        SELECT e."userId", e."courseId", ${now} FROM "Enrolment" e
        WHERE e."source" IN ('PROGRAM', 'CERTIFICATION') AND e."enrolledAt" = ${now}
        ON CONFLICT ("userId", "courseId") DO NOTHING`;
      return { assigned, programRecords, certificationRecords, enrolled };
    },
    { timeout: 120_000 },
  );
}
