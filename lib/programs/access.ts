// Locked course sets (REFERENCE §2.1): a course that a learner's program holds only in a later THEN group stays
// locked until the earlier groups are done: the course page says why, and self-enrolment and every activity
// launch (eLearning, quiz, workshop sign-up, certificate) are refused. Only people assigned to the program are
// locked, and only while they have no other way in: someone who enrolled themselves or was enrolled by an admin
// before, or who has completed the course, keeps their access. The course-set rules are the same pure ones that
// complete programs (sets.ts). Reads only; two small queries when the learner is assigned to a program with the
// course, one otherwise.
import { db } from '@/lib/db';
import type { EnrolmentSource } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import { evaluateProgram, type CourseProgress } from './sets';

export type ProgramLock = {
  programId: number;
  programName: string;
  kind: 'PROGRAM' | 'CERTIFICATION';
  /** The open sets still to complete before this course unlocks. */
  waitingFor: string[];
  /** For the learner: why the course is locked and what to do. */
  message: string;
};

const DONE = new Set(['COMPLETE', 'COMPLETE_RPL']);

type Client = Prisma.TransactionClient | typeof db;

/**
 * Why this course is locked for this person by a program's order, or null when it is open to them.
 * `enrolmentSource`: their active enrolment's source when the caller has read it already (null = not enrolled).
 */
export async function programLockForCourse(
  userId: number,
  courseId: number,
  options: { enrolmentSource?: EnrolmentSource | null; client?: Client } = {},
): Promise<ProgramLock | null> {
  const client = options.client ?? db;
  const programs = await client.program.findMany({
    where: {
      users: { some: { userId } },
      courseSets: { some: { courses: { some: { courseId } } } },
    },
    orderBy: { id: 'asc' },
    select: {
      id: true,
      kind: true,
      fullName: true,
      completions: { where: { userId }, select: { status: true } },
      certification: {
        select: { completions: { where: { userId }, select: { status: true, renewalStatus: true, path: true } } },
      },
      courseSets: {
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          label: true,
          path: true,
          completionType: true,
          minCourses: true,
          nextOperator: true,
          courses: { select: { courseId: true } },
        },
      },
    },
  });
  if (programs.length === 0) return null;
  let source = options.enrolmentSource;
  if (source === undefined) {
    const enrolment = await client.enrolment.findUnique({
      where: { userId_courseId: { userId, courseId } },
      select: { status: true, source: true },
    });
    source = enrolment?.status === 'ACTIVE' ? enrolment.source : null;
  }
  // Enrolled some other way (by themselves before, or by an admin): the program does not take that away.
  if (source && source !== 'PROGRAM' && source !== 'CERTIFICATION') return null;
  const courseIds = [
    ...new Set(programs.flatMap((p) => p.courseSets.flatMap((s) => s.courses.map((c) => c.courseId)))),
  ];
  const rows = await client.courseCompletion.findMany({
    where: { userId, courseId: { in: courseIds } },
    select: { courseId: true, status: true, progressPercent: true },
  });
  const progress: CourseProgress = new Map(
    rows.map((r) => [r.courseId, { complete: DONE.has(r.status), percent: r.progressPercent }]),
  );
  if (progress.get(courseId)?.complete) return null;

  let lock: ProgramLock | null = null;
  for (const program of programs) {
    if (program.kind === 'PROGRAM' && program.completions[0]?.status === 'COMPLETE') return null;
    const record = program.certification?.completions[0];
    if (record?.status === 'CERTIFIED' && record.renewalStatus === 'NOT_DUE') return null;
    const path = record?.path ?? 'CERT';
    const onPath = program.courseSets.filter((s) => s.path === path);
    const sets = onPath.length > 0 ? onPath : program.courseSets.filter((s) => s.path === 'CERT');
    const holding = sets.filter((s) => s.courses.some((c) => c.courseId === courseId));
    if (holding.length === 0) continue;
    const evaluation = evaluateProgram(
      sets.map((s) => ({
        id: s.id,
        completionType: s.completionType,
        minCourses: s.minCourses,
        nextOperator: s.nextOperator,
        courseIds: s.courses.map((c) => c.courseId),
      })),
      progress,
    );
    const byId = new Map(evaluation.sets.map((e) => [e.id, e]));
    // One open set holding the course is enough.
    if (holding.some((s) => !byId.get(s.id)?.locked)) return null;
    if (lock) continue;
    const waitingFor = sets.filter((s) => !byId.get(s.id)?.locked && !byId.get(s.id)?.complete).map((s) => s.label);
    const noun = program.kind === 'CERTIFICATION' ? 'certification' : 'program';
    lock = {
      programId: program.id,
      programName: program.fullName,
      kind: program.kind,
      waitingFor,
      message: `This course is locked. It opens when you have completed the sets before it in the ${noun} ${
        program.fullName
      }${waitingFor.length > 0 ? ` (still to do: ${waitingFor.join(', ')})` : ''}.`,
    };
  }
  return lock;
}
