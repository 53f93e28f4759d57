// Record of Learning reads for one person (the viewer, or a direct report after lib/team's scope check), a fixed
// number of queries whatever their size.
import type { Whose } from '@/lib/auth/record-owner';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { certificationState, type CertificationState } from '@/lib/certifications/rules';
import { programState, type ProgramState } from '@/lib/programs/rules';

export const RECORD_PAGE_SIZE = 25;

export type CourseRecordSort = 'name' | 'progress' | 'completed';
export type SortDir = 'asc' | 'desc';

export type CourseRecord = {
  courseId: number;
  fullName: string;
  tracked: boolean;
  status: string;
  progressPercent: number;
  timeCompleted: Date | null;
  previousCompletions: Date[];
};

/** Which optional tabs have content for the viewer (Programs and Certifications show only then). One statement. */
export async function getRecordTabs(whose: Whose): Promise<{ programs: boolean; certifications: boolean }> {
  const [row] = await db.$queryRaw<{ programs: boolean; certifications: boolean }[]>`
    SELECT EXISTS (
        SELECT 1 FROM "ProgramCompletion" pc JOIN "Program" p ON p."id" = pc."programId"
        WHERE pc."userId" = ${whose.id} AND p."kind" = 'PROGRAM'
      ) AS programs,
      EXISTS (SELECT 1 FROM "CertificationCompletion" cc WHERE cc."userId" = ${whose.id}) AS certifications`;
  return { programs: row?.programs === true, certifications: row?.certifications === true };
}

type CourseRecordRow = {
  courseId: number;
  fullName: string;
  completionEnabled: boolean;
  status: string;
  progressPercent: number;
  timeCompleted: Date | null;
  total: bigint;
};

const RECORD_ORDER: Record<CourseRecordSort, Record<SortDir, Prisma.Sql>> = {
  name: {
    asc: Prisma.sql`c."fullName" ASC, cc."id" ASC`,
    desc: Prisma.sql`c."fullName" DESC, cc."id" ASC`,
  },
  progress: {
    asc: Prisma.sql`cc."progressPercent" ASC, c."fullName" ASC, cc."id" ASC`,
    desc: Prisma.sql`cc."progressPercent" DESC, c."fullName" ASC, cc."id" ASC`,
  },
  completed: {
    asc: Prisma.sql`cc."timeCompleted" ASC NULLS LAST, c."fullName" ASC, cc."id" ASC`,
    desc: Prisma.sql`cc."timeCompleted" DESC NULLS LAST, c."fullName" ASC, cc."id" ASC`,
  },
};

/**
 * One page of the person's courses: the page first (ordered and cut in the database, with the total), then the
 * previous completions of that page's courses only, so the cost follows the page size, not the record's size.
 */
export async function listCourseRecords(
  whose: Whose,
  options: { sort?: CourseRecordSort; dir?: SortDir; page?: number; pageSize?: number } = {},
): Promise<{ rows: CourseRecord[]; total: number; page: number; pageSize: number }> {
  const pageSize = options.pageSize ?? RECORD_PAGE_SIZE;
  const page = Math.max(1, options.page ?? 1);
  const order = RECORD_ORDER[options.sort ?? 'name'][options.dir ?? 'asc'];
  const rows = await db.$queryRaw<CourseRecordRow[]>`
    SELECT c."id" AS "courseId", c."fullName", c."completionEnabled", cc."status"::text AS status,
      cc."progressPercent", cc."timeCompleted", count(*) OVER () AS total
    FROM "CourseCompletion" cc JOIN "Course" c ON c."id" = cc."courseId"
    WHERE cc."userId" = ${whose.id}
    ORDER BY ${order}
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  const courseIds = rows.map((r) => r.courseId);
  const [history, total] = await Promise.all([
    courseIds.length > 0
      ? db.courseCompletionHistory.findMany({
          where: { userId: whose.id, courseId: { in: courseIds } },
          orderBy: [{ timeCompleted: 'desc' }, { id: 'asc' }],
          select: { courseId: true, timeCompleted: true },
        })
      : [],
    // Past the last page there is no row to carry the total.
    rows.length > 0
      ? Number(rows[0]!.total)
      : page > 1
        ? db.courseCompletion.count({ where: { userId: whose.id } })
        : 0,
  ]);
  const previous = new Map<number, Date[]>();
  for (const h of history) previous.set(h.courseId, [...(previous.get(h.courseId) ?? []), h.timeCompleted]);
  return {
    rows: rows.map((r) => ({
      courseId: r.courseId,
      fullName: r.fullName,
      tracked: r.completionEnabled,
      status: r.status,
      progressPercent: r.status === 'COMPLETE' || r.status === 'COMPLETE_RPL' ? 100 : r.progressPercent,
      timeCompleted: r.timeCompleted,
      previousCompletions: previous.get(r.courseId) ?? [],
    })),
    total,
    page,
    pageSize,
  };
}

export type ProgramRecord = {
  programId: number;
  fullName: string;
  status: string;
  progressPercent: number;
  dueAt: Date | null;
  completedAt: Date | null;
  previousCompletions: number;
  /** "Program mandatory": the person is assigned to it (required learning), not only holding a past record. */
  mandatory: boolean;
  /**
   * "Recurring": whether it comes round again. Programs complete once (REFERENCE §2.4: recurring compliance is a
   * certification, on the Certifications tab), so a program never recurs; kept as a column because the seed's
   * table has it.
   */
  recurring: boolean;
  /** The one program state rule (lib/programs/rules.ts). */
  state: ProgramState;
};

export async function listProgramRecords(whose: Whose, now: Date = new Date()): Promise<ProgramRecord[]> {
  const rows = await db.programCompletion.findMany({
    where: { userId: whose.id, program: { kind: 'PROGRAM' } },
    orderBy: { program: { fullName: 'asc' } },
    select: {
      status: true,
      progressPercent: true,
      startedAt: true,
      dueAt: true,
      completedAt: true,
      program: {
        select: {
          id: true,
          fullName: true,
          history: { where: { userId: whose.id }, select: { id: true } },
          users: { where: { userId: whose.id }, select: { assignmentId: true }, take: 1 },
        },
      },
    },
  });
  return rows.map((r) => ({
    programId: r.program.id,
    fullName: r.program.fullName,
    status: r.status,
    progressPercent: r.status === 'COMPLETE' ? 100 : r.progressPercent,
    dueAt: r.dueAt,
    completedAt: r.completedAt,
    previousCompletions: r.program.history.length,
    mandatory: r.program.users.length > 0,
    recurring: false,
    state: programState(r, now),
  }));
}

export type CertificationRecord = {
  programId: number;
  fullName: string;
  status: string;
  renewalStatus: string;
  dueAt: Date | null;
  timeWindowOpens: Date | null;
  timeExpires: Date | null;
  timeCompleted: Date | null;
  history: { timeCompleted: Date; timeExpires: Date }[];
  /** The one certification state rule (lib/certifications/rules.ts): the same on Home and Required Learning. */
  state: CertificationState;
  /** Progress through the certification's courses (100 while certified; the renewal's progress once the window opens). */
  progressPercent: number;
};

export async function listCertificationRecords(whose: Whose, now: Date = new Date()): Promise<CertificationRecord[]> {
  const rows = await db.certificationCompletion.findMany({
    where: { userId: whose.id },
    orderBy: { certification: { program: { fullName: 'asc' } } },
    select: {
      status: true,
      renewalStatus: true,
      dueAt: true,
      timeWindowOpens: true,
      timeExpires: true,
      timeCompleted: true,
      certification: {
        select: {
          program: {
            select: {
              id: true,
              fullName: true,
              completions: { where: { userId: whose.id }, select: { progressPercent: true } },
            },
          },
          history: {
            where: { userId: whose.id },
            orderBy: { timeCompleted: 'desc' },
            select: { timeCompleted: true, timeExpires: true },
          },
        },
      },
    },
  });
  return rows.map((r) => {
    const state = certificationState(r, now);
    return {
      programId: r.certification.program.id,
      fullName: r.certification.program.fullName,
      status: r.status,
      renewalStatus: r.renewalStatus,
      dueAt: r.dueAt,
      timeWindowOpens: r.timeWindowOpens,
      timeExpires: r.timeExpires,
      timeCompleted: r.timeCompleted,
      history: r.certification.history,
      state,
      progressPercent: state.key === 'certified' ? 100 : (r.certification.program.completions[0]?.progressPercent ?? 0),
    };
  });
}
