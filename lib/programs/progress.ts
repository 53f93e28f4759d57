// Program and certification progress from the completion layer's events, in the same transaction: when a course
// completes or is reset, every program (and certification) the learner is assigned to that holds the course is
// re-evaluated with the course-set rules (sets.ts), so "complete" shows the moment the last course completes.
// A fixed number of queries per event, whatever the number of programs.
import { applyCertificationProgress } from '@/lib/certifications/commands';
import type { CompletionTx } from '@/lib/completion/events';
import { evaluateProgram, type CourseProgress, type CourseSetRule } from './sets';

const DONE = new Set(['COMPLETE', 'COMPLETE_RPL']);

export async function updateProgramsForCourse(
  tx: CompletionTx,
  input: { userId: number; courseId: number; at: Date },
): Promise<void> {
  await updatePrograms(tx, input);
}

/**
 * Re-evaluates some of a learner's programs whatever course changed: the assignment sync calls it for people newly
 * assigned who already have progress on the courses (their work counts at once, not at their next completion).
 */
export async function updateProgramsForUser(
  tx: CompletionTx,
  input: { userId: number; programIds: number[]; at: Date },
): Promise<void> {
  if (input.programIds.length > 0) await updatePrograms(tx, input);
}

async function updatePrograms(
  tx: CompletionTx,
  input: { userId: number; courseId?: number; programIds?: number[]; at: Date },
): Promise<void> {
  const { userId, at } = input;
  const programs = await tx.program.findMany({
    where: {
      ...(input.courseId !== undefined
        ? { courseSets: { some: { courses: { some: { courseId: input.courseId } } } } }
        : {}),
      ...(input.programIds ? { id: { in: input.programIds } } : {}),
      OR: [{ completions: { some: { userId } } }, { certification: { completions: { some: { userId } } } }],
    },
    select: {
      id: true,
      kind: true,
      courseSets: {
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          path: true,
          completionType: true,
          minCourses: true,
          nextOperator: true,
          courses: { select: { courseId: true } },
        },
      },
      completions: { where: { userId } },
      certification: { include: { completions: { where: { userId } } } },
    },
  });
  if (programs.length === 0) return;
  const courseIds = [
    ...new Set(programs.flatMap((p) => p.courseSets.flatMap((s) => s.courses.map((c) => c.courseId)))),
  ];
  const rows = await tx.courseCompletion.findMany({
    where: { userId, courseId: { in: courseIds } },
    select: { courseId: true, status: true, progressPercent: true },
  });
  const progress: CourseProgress = new Map(
    rows.map((r) => [r.courseId, { complete: DONE.has(r.status), percent: r.progressPercent }]),
  );
  const anyProgress = rows.some((r) => r.status !== 'NOT_STARTED' || r.progressPercent > 0);

  for (const program of programs) {
    const record = program.certification?.completions[0] ?? null;
    // A certification follows the learner's path; with no recertification sets, the original ones count again.
    const path = record?.path ?? 'CERT';
    const onPath = program.courseSets.filter((s) => s.path === path);
    const sets = (onPath.length > 0 ? onPath : program.courseSets.filter((s) => s.path === 'CERT')).map(
      (s): CourseSetRule => ({
        id: s.id,
        completionType: s.completionType,
        minCourses: s.minCourses,
        nextOperator: s.nextOperator,
        courseIds: s.courses.map((c) => c.courseId),
      }),
    );
    const evaluation = evaluateProgram(sets, progress);
    const programCourseIds = [...new Set(program.courseSets.flatMap((s) => s.courses.map((c) => c.courseId)))];
    let completeNow = evaluation.complete;
    if (program.kind === 'CERTIFICATION' && program.certification && record) {
      const outcome = await applyCertificationProgress(tx, {
        certification: program.certification,
        record,
        complete: evaluation.complete,
        anyProgress,
        at,
        courseIds: programCourseIds,
      });
      // A certified learner's program stays complete until the window opens (the scheduled pass reopens it).
      completeNow = outcome === 'certified' || (record.status === 'CERTIFIED' && record.renewalStatus === 'NOT_DUE');
    }
    const current = program.completions[0];
    if (!current) continue;
    // Programs complete once (REFERENCE §2.4); only a certification's cycle reopens them.
    if (current.status === 'COMPLETE' && (program.kind === 'PROGRAM' || completeNow)) continue;
    await tx.programCompletion.update({
      where: { id: current.id },
      data: completeNow
        ? { status: 'COMPLETE', progressPercent: 100, completedAt: at, startedAt: current.startedAt ?? at }
        : {
            status: 'INCOMPLETE',
            progressPercent: evaluation.progressPercent,
            completedAt: null,
            startedAt: current.startedAt ?? (anyProgress ? at : null),
          },
    });
  }
}
