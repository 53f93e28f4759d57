// Learner writes for quizzes: start, save, finish, and the server-side closing of attempts past their time limit.
import { randomInt } from 'node:crypto';
import { db } from '@/lib/db';
import type { Viewer } from '@/lib/auth/viewer';
import { getActivityAccess } from '@/lib/completion/queries';
import { ForbiddenError, NotFoundError, UserError, ValidationError, fromPrismaError } from '@/lib/errors';
import {
  applyOverdue,
  finaliseAttempt,
  isOpenState,
  layoutOf,
  lockAttempt,
  type AttemptCore,
  type Tx,
} from '@/lib/quiz/attempt-core';
import { attemptDeadline, buildLayout, clampPage, overdueAction, quizButton } from '@/lib/quiz/rules';

const random = () => randomInt(0, 2 ** 32) / 2 ** 32;

/** Starts an attempt, or returns the open one (two tabs or a double click never start two). */
export async function startAttempt(
  viewer: Viewer,
  activityId: number,
  now = new Date(),
): Promise<{ attemptId: number }> {
  const access = await getActivityAccess(viewer, activityId);
  if (access.activity.type !== 'QUIZ') throw new NotFoundError();
  if (!access.enrolled) throw new ForbiddenError('You need to enrol on this course before you can attempt the quiz.');
  if (!access.available) throw new ForbiddenError(access.lockedReasons[0] ?? 'This quiz is not available to you yet.');
  const quiz = await db.quiz.findUnique({
    where: { activityId },
    select: {
      id: true,
      attemptsAllowed: true,
      opensAt: true,
      closesAt: true,
      timeLimitSeconds: true,
      questionsPerPage: true,
      shuffleChoices: true,
      slots: {
        orderBy: { slot: 'asc' },
        select: {
          slot: true,
          questionId: true,
          question: {
            select: {
              type: true,
              shuffleChoices: true,
              choices: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], select: { id: true } },
            },
          },
        },
      },
    },
  });
  if (!quiz) throw new NotFoundError();
  await closeOverdueAttemptsFor({ quizId: quiz.id, userId: viewer.id }, now);

  const attempts = await db.quizAttempt.findMany({
    where: { quizId: quiz.id, userId: viewer.id, archivedAt: null },
    select: { id: true, state: true },
  });
  const open = attempts.find((a) => isOpenState(a.state));
  if (open) return { attemptId: open.id };
  const button = quizButton({ ...quiz, questionCount: quiz.slots.length }, attempts, now);
  if (button.kind === 'NONE') throw new UserError(button.message);

  const last = await db.quizAttempt.aggregate({
    where: { quizId: quiz.id, userId: viewer.id },
    _max: { attemptNumber: true },
  });
  const layout = buildLayout(
    quiz.slots.map((s) => ({
      slot: s.slot,
      questionId: s.questionId,
      type: s.question.type,
      shuffleChoices: s.question.shuffleChoices,
      choiceIds: s.question.choices.map((c) => c.id),
    })),
    { questionsPerPage: quiz.questionsPerPage, shuffleChoices: quiz.shuffleChoices },
    random,
  );
  try {
    const created = await db.quizAttempt.create({
      data: {
        quizId: quiz.id,
        userId: viewer.id,
        attemptNumber: (last._max.attemptNumber ?? 0) + 1,
        layout,
        startedAt: now,
        deadlineAt: attemptDeadline(now, quiz.timeLimitSeconds, quiz.closesAt),
      },
      select: { id: true },
    });
    return { attemptId: created.id };
  } catch (error) {
    // A parallel start won the unique (open attempt / attempt number) race: use the attempt it opened.
    const winner = await db.quizAttempt.findFirst({
      where: { quizId: quiz.id, userId: viewer.id, openFlag: true },
      select: { id: true },
    });
    if (winner) return { attemptId: winner.id };
    throw fromPrismaError(error, 'Your attempt could not be started. Please try again.');
  }
}

async function lockOwnAttempt(tx: Tx, viewer: Viewer, attemptId: number): Promise<AttemptCore> {
  const attempt = await lockAttempt(tx, attemptId);
  if (!attempt || attempt.userId !== viewer.id || attempt.archivedAt) throw new NotFoundError();
  return attempt;
}

export type SaveResult =
  | { status: 'saved'; savedAt: Date }
  /** Time ran out (grace period): no answer may change, the attempt may still be submitted. */
  | { status: 'overdue' }
  | { status: 'closed'; state: 'FINISHED' | 'ABANDONED' };

/** Saves the answers on one page (autosave, page change or leaving). Ignored once the attempt is closed. */
export async function saveResponses(
  viewer: Viewer,
  attemptId: number,
  input: { answers: { slot: number; choiceIds: number[] }[]; currentPage?: number },
  now = new Date(),
): Promise<SaveResult> {
  return db.$transaction(async (tx) => {
    const attempt = await lockOwnAttempt(tx, viewer, attemptId);
    if (!isOpenState(attempt.state)) return { status: 'closed', state: attempt.state as 'FINISHED' | 'ABANDONED' };
    const action = await applyOverdue(tx, attempt, now);
    if (action.kind === 'FINISH') return { status: 'closed', state: 'FINISHED' };
    if (action.kind === 'ABANDON') return { status: 'closed', state: 'ABANDONED' };
    if (action.kind === 'OVERDUE') return { status: 'overdue' };

    const layout = layoutOf(attempt);
    const sequential = attempt.quiz.navigation === 'SEQUENTIAL';
    const bySlot = new Map(layout.slots.map((s) => [s.slot, s]));
    const questionIds = input.answers
      .map((a) => bySlot.get(a.slot)?.questionId)
      .filter((id): id is number => id !== undefined);
    const types = new Map(
      (await tx.question.findMany({ where: { id: { in: questionIds } }, select: { id: true, type: true } })).map(
        (q) => [q.id, q.type],
      ),
    );
    for (const answer of input.answers) {
      const laid = bySlot.get(answer.slot);
      if (!laid) throw new ValidationError({ [`q${answer.slot}`]: 'That question is not part of this attempt.' });
      // Sequential navigation: pages already left behind cannot be changed.
      if (sequential && laid.page < attempt.currentPage) {
        throw new ValidationError({ [`q${answer.slot}`]: 'You cannot go back to change this answer in this quiz.' });
      }
      const choiceIds = [...new Set(answer.choiceIds)];
      if (choiceIds.some((id) => !laid.choiceOrder.includes(id))) {
        throw new ValidationError({ [`q${answer.slot}`]: 'Choose one of the answers shown.' });
      }
      if (types.get(laid.questionId) !== 'MULTI_CHOICE' && choiceIds.length > 1) {
        throw new ValidationError({ [`q${answer.slot}`]: 'Choose only one answer.' });
      }
      await tx.quizResponse.upsert({
        where: { attemptId_slot: { attemptId, slot: answer.slot } },
        create: {
          attemptId,
          slot: answer.slot,
          questionId: laid.questionId,
          selectedChoiceIds: choiceIds,
          savedAt: now,
        },
        update: { selectedChoiceIds: choiceIds, savedAt: now },
      });
    }
    await tx.quizAttempt.update({
      where: { id: attemptId },
      data: {
        lastSavedAt: now,
        ...(input.currentPage !== undefined
          ? {
              currentPage: sequential
                ? Math.max(attempt.currentPage, clampPage(layout, input.currentPage, 1))
                : clampPage(layout, input.currentPage, 1),
            }
          : {}),
      },
    });
    return { status: 'saved', savedAt: now };
  });
}

/** "Submit all and finish": grades once, however many times it is called (double click, two tabs). */
export async function finishAttempt(
  viewer: Viewer,
  attemptId: number,
  now = new Date(),
): Promise<{ state: 'FINISHED' | 'ABANDONED'; gradedNow: boolean }> {
  return db.$transaction(async (tx) => {
    const attempt = await lockOwnAttempt(tx, viewer, attemptId);
    if (!isOpenState(attempt.state)) return { state: attempt.state as 'FINISHED' | 'ABANDONED', gradedNow: false };
    const action = overdueAction(attempt, attempt.quiz, now);
    if (action.kind === 'ABANDON') {
      await applyOverdue(tx, attempt, now);
      return { state: 'ABANDONED', gradedNow: false };
    }
    await finaliseAttempt(tx, attempt, action.kind === 'FINISH' ? action.finishedAt : now);
    return { state: 'FINISHED', gradedNow: true };
  });
}

/** Closes open attempts past their deadline, for one learner's quiz (on every read) or everyone (the job). */
export async function closeOverdueAttemptsFor(
  scope: { quizId?: number; userId?: number; attemptId?: number },
  now = new Date(),
): Promise<number> {
  const { attemptId, ...rest } = scope;
  const due = await db.quizAttempt.findMany({
    where: {
      ...rest,
      ...(attemptId !== undefined ? { id: attemptId } : {}),
      state: { in: ['IN_PROGRESS', 'OVERDUE'] },
      deadlineAt: { lt: now },
    },
    select: { id: true },
    take: 500,
  });
  let closed = 0;
  for (const { id } of due) {
    const action = await db.$transaction(async (tx) => {
      const attempt = await lockAttempt(tx, id);
      if (!attempt || !isOpenState(attempt.state)) return null;
      return applyOverdue(tx, attempt, now);
    });
    if (action && (action.kind === 'FINISH' || action.kind === 'ABANDON')) closed++;
  }
  return closed;
}

/** For the scheduled job only (no viewer): closes every attempt whose time has run out. */
export function unsafeCloseAllOverdueAttempts(now = new Date()): Promise<number> {
  return closeOverdueAttemptsFor({}, now);
}

/**
 * Called by resetCourseForUser in lib/course-reset (recertification, admin reset): the learner's attempts on the course's quizzes are
 * kept as history but no longer count, so they start afresh with the full allowance.
 */
export async function archiveQuizAttempts(
  tx: Tx,
  input: { userId: number; courseId: number },
  now = new Date(),
): Promise<number> {
  const where = { userId: input.userId, archivedAt: null, quiz: { activity: { courseId: input.courseId } } };
  await tx.quizAttempt.updateMany({
    where: { ...where, state: { in: ['IN_PROGRESS', 'OVERDUE'] } },
    data: { state: 'ABANDONED', finishedAt: now },
  });
  const { count } = await tx.quizAttempt.updateMany({ where, data: { archivedAt: now, openFlag: null } });
  return count;
}
