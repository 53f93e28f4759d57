// The data side of the completion engine: load a learner's criteria for a course, evaluate them with the pure
// rules, and store the result. Used by commands (inside a transaction) and by the course page (read only).
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { ActivityCompletionState, Aggregation } from '@/lib/generated/prisma/enums';
import { publishCourseEvent } from './events';
import {
  aggregateCriteria,
  evaluateCriterion,
  nextCourseStatus,
  type CriterionInput,
  type CriterionResult,
} from './rules';

export type Client = Prisma.TransactionClient | PrismaClient;

export type CriterionStatus = CriterionResult & {
  activityId: number | null;
  activityType: string | null;
  requiredCourseId: number | null;
};

export type CourseEvaluation = {
  tracked: boolean;
  aggregation: Aggregation;
  criteria: CriterionStatus[];
  complete: boolean;
  progressPercent: number;
  anyActivity: boolean;
};

/**
 * Evaluates the course's criteria for one learner. A course with tracking on but no explicit criteria uses its
 * tracked, visible activities (all required), so a simple course completes without extra set-up.
 */
export async function evaluateCourseForUser(
  client: Client,
  userId: number,
  courseId: number,
  now: Date = new Date(),
): Promise<CourseEvaluation> {
  // One statement (relation joins): the course's criteria and activities with this learner's rows beside them.
  const course = await client.course.findUnique({
    where: { id: courseId },
    select: {
      completionEnabled: true,
      completionAggregation: true,
      criteria: {
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          type: true,
          activityId: true,
          requiredCourseId: true,
          date: true,
          durationDays: true,
          activity: { select: { name: true, type: true, requirePassingGrade: true } },
          requiredCourse: {
            select: {
              fullName: true,
              completions: { where: { userId, status: { in: ['COMPLETE', 'COMPLETE_RPL'] } }, select: { id: true } },
            },
          },
          completions: { where: { userId }, select: { completedAt: true } },
        },
      },
      activities: {
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          name: true,
          type: true,
          requirePassingGrade: true,
          visible: true,
          completionMode: true,
          completions: { where: { userId }, select: { state: true, viewedAt: true } },
        },
      },
      enrolments: { where: { userId }, select: { enrolledAt: true } },
    },
  });
  if (!course)
    return {
      tracked: false,
      aggregation: 'ALL',
      criteria: [],
      complete: false,
      progressPercent: 0,
      anyActivity: false,
    };

  const completions = course.activities.flatMap((a) => a.completions.map((c) => ({ activityId: a.id, ...c })));
  const criterionDone = course.criteria.flatMap((c) =>
    c.completions.map((done) => ({ criterionId: c.id, completedAt: done.completedAt })),
  );
  const enrolment = course.enrolments[0] ?? null;
  const requiredDone = course.criteria.flatMap((c) =>
    c.requiredCourseId && (c.requiredCourse?.completions.length ?? 0) > 0 ? [{ courseId: c.requiredCourseId }] : [],
  );
  const trackedActivities = course.activities.filter((a) => a.visible && a.completionMode !== 'NONE');
  const stateOf = new Map<number, ActivityCompletionState>(completions.map((c) => [c.activityId, c.state]));
  const doneAt = new Map(criterionDone.map((c) => [c.criterionId, c.completedAt]));
  const requiredComplete = new Set(requiredDone.map((c) => c.courseId));
  const anyActivity =
    completions.some((c) => c.viewedAt !== null || c.state !== 'INCOMPLETE') || criterionDone.length > 0;

  const criteria: CriterionStatus[] = [];
  if (course.criteria.length > 0) {
    for (const c of course.criteria) {
      let input: CriterionInput;
      switch (c.type) {
        case 'ACTIVITY':
          input = {
            type: 'ACTIVITY',
            activityName: c.activity?.name ?? 'an activity',
            state: c.activityId ? (stateOf.get(c.activityId) ?? null) : null,
            requirePassingGrade: c.activity?.requirePassingGrade ?? false,
          };
          break;
        case 'SELF':
        case 'MANUAL':
          input = { type: c.type, completedAt: doneAt.get(c.id) ?? null };
          break;
        case 'DATE':
          input = { type: 'DATE', date: c.date };
          break;
        case 'DURATION':
          input = { type: 'DURATION', durationDays: c.durationDays, enrolledAt: enrolment?.enrolledAt ?? null };
          break;
        case 'COURSE':
          input = {
            type: 'COURSE',
            courseName: c.requiredCourse?.fullName ?? 'another course',
            courseComplete: c.requiredCourseId ? requiredComplete.has(c.requiredCourseId) : false,
          };
          break;
      }
      criteria.push({
        ...evaluateCriterion(input, now),
        activityId: c.activityId,
        activityType: c.activity?.type ?? null,
        requiredCourseId: c.requiredCourseId,
      });
    }
  } else {
    for (const a of trackedActivities) {
      const result = evaluateCriterion(
        {
          type: 'ACTIVITY',
          activityName: a.name,
          state: stateOf.get(a.id) ?? null,
          requirePassingGrade: a.requirePassingGrade,
        },
        now,
      );
      criteria.push({ ...result, activityId: a.id, activityType: a.type, requiredCourseId: null });
    }
  }
  // With implicit criteria every tracked activity is required, whatever the course's aggregation says.
  const aggregation: Aggregation = course.criteria.length > 0 ? course.completionAggregation : 'ALL';
  const tracked = course.completionEnabled && criteria.length > 0;
  const { complete, progressPercent } = tracked
    ? aggregateCriteria(aggregation, criteria)
    : { complete: false, progressPercent: 0 };
  return { tracked, aggregation, criteria, complete, progressPercent, anyActivity };
}

/** Locks the learner's course completion row for the rest of the transaction; null when they have none. */
export async function lockCourseCompletion(
  tx: Client,
  userId: number,
  courseId: number,
): Promise<{ id: number; status: string; timeStarted: Date | null; timeCompleted: Date | null } | null> {
  const rows = await tx.$queryRaw<
    { id: number; status: string; timeStarted: Date | null; timeCompleted: Date | null }[]
  >`
    SELECT "id", "status"::text AS "status", "timeStarted", "timeCompleted" FROM "CourseCompletion"
    WHERE "userId" = ${userId} AND "courseId" = ${courseId} FOR UPDATE`;
  return rows[0] ?? null;
}

/**
 * Recomputes and stores the learner's course completion (the caller holds a transaction). Emits "course
 * completed" exactly once, then recomputes courses that have this one as a prerequisite criterion.
 */
export async function recomputeCourseCompletion(
  tx: Client,
  userId: number,
  courseId: number,
  at: Date,
  visited: Set<number> = new Set(),
): Promise<{ completedNow: boolean; status: string; progressPercent: number }> {
  visited.add(courseId);
  const row = await lockCourseCompletion(tx, userId, courseId);
  if (!row) return { completedNow: false, status: 'NOT_STARTED', progressPercent: 0 };
  const evaluation = await evaluateCourseForUser(tx, userId, courseId, at);
  const current = row.status as 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETE' | 'COMPLETE_RPL';
  const status = nextCourseStatus({ current, complete: evaluation.complete, anyActivity: evaluation.anyActivity });
  const alreadyComplete = current === 'COMPLETE' || current === 'COMPLETE_RPL';
  const completedNow = !alreadyComplete && status === 'COMPLETE';
  const progressPercent = alreadyComplete || completedNow ? 100 : evaluation.progressPercent;
  await tx.courseCompletion.update({
    where: { id: row.id },
    data: {
      status,
      progressPercent,
      timeStarted: row.timeStarted ?? (status === 'NOT_STARTED' ? null : at),
      ...(completedNow ? { timeCompleted: at } : {}),
    },
  });
  if (completedNow) {
    await publishCourseEvent(tx as Prisma.TransactionClient, {
      type: 'course.completed',
      userId,
      courseId,
      completedAt: at,
    });
    const dependants = await tx.courseCriterion.findMany({
      where: { type: 'COURSE', requiredCourseId: courseId, course: { completions: { some: { userId } } } },
      select: { courseId: true },
    });
    for (const { courseId: next } of dependants) {
      if (!visited.has(next)) await recomputeCourseCompletion(tx, userId, next, at, visited);
    }
  }
  return { completedNow, status, progressPercent };
}

/** Runs fn in the caller's transaction, or opens one when given the root client. */
export async function inTransaction<T>(client: Client, fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  const root = client as PrismaClient;
  if (typeof root.$transaction === 'function') return root.$transaction(fn);
  return fn(client as Prisma.TransactionClient);
}
