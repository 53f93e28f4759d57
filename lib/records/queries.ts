// Record of Learning reads for one person (the viewer, or a direct report after lib/team's scope check), a fixed
// number of queries whatever their size.
import type { Whose } from '@/lib/auth/record-owner';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
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

/** Which optional tabs have content for the viewer (Programs and Certifications show only then). */
export async function getRecordTabs(whose: Whose): Promise<{ programs: boolean; certifications: boolean }> {
  const [programs, certifications] = await Promise.all([
    db.programCompletion.count({ where: { userId: whose.id, program: { kind: 'PROGRAM' } } }),
    db.certificationCompletion.count({ where: { userId: whose.id } }),
  ]);
  return { programs: programs > 0, certifications: certifications > 0 };
}

export async function listCourseRecords(
  whose: Whose,
  options: { sort?: CourseRecordSort; dir?: SortDir; page?: number; pageSize?: number } = {},
): Promise<{ rows: CourseRecord[]; total: number; page: number; pageSize: number }> {
  const pageSize = options.pageSize ?? RECORD_PAGE_SIZE;
  const page = Math.max(1, options.page ?? 1);
  const dir = options.dir ?? 'asc';
  const orderBy: Prisma.CourseCompletionOrderByWithRelationInput[] =
    options.sort === 'progress'
      ? [{ progressPercent: dir }, { course: { fullName: 'asc' } }]
      : options.sort === 'completed'
        ? [{ timeCompleted: { sort: dir, nulls: 'last' } }, { course: { fullName: 'asc' } }]
        : [{ course: { fullName: dir } }];
  const where = { userId: whose.id };
  const [rows, total] = await Promise.all([
    db.courseCompletion.findMany({
      where,
      orderBy: [...orderBy, { id: 'asc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        status: true,
        progressPercent: true,
        timeCompleted: true,
        course: {
          select: {
            id: true,
            fullName: true,
            completionEnabled: true,
            completionHistory: {
              where: { userId: whose.id },
              orderBy: { timeCompleted: 'desc' },
              select: { timeCompleted: true },
            },
          },
        },
      },
    }),
    db.courseCompletion.count({ where }),
  ]);
  return {
    rows: rows.map((r) => ({
      courseId: r.course.id,
      fullName: r.course.fullName,
      tracked: r.course.completionEnabled,
      status: r.status,
      progressPercent: r.status === 'COMPLETE' || r.status === 'COMPLETE_RPL' ? 100 : r.progressPercent,
      timeCompleted: r.timeCompleted,
      previousCompletions: r.course.completionHistory.map((h) => h.timeCompleted),
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
        select: { id: true, fullName: true, history: { where: { userId: whose.id }, select: { id: true } } },
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
