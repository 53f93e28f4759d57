// Attempt internals shared by commands and queries: row locking, grading at close, overdue closing.
// Callers have already checked who may touch the attempt; nothing here reads the viewer.
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordActivityFacts } from '@/lib/completion/facts';
import {
  finalGrade,
  gradeAttempt,
  gradePercent,
  isPassed,
  overdueAction,
  type AttemptLayout,
  type OverdueAction,
} from '@/lib/quiz/rules';

export type Tx = Prisma.TransactionClient;

export const QUIZ_SETTINGS_SELECT = {
  id: true,
  activityId: true,
  maxGrade: true,
  passPercent: true,
  gradingMethod: true,
  overdueHandling: true,
  graceSeconds: true,
  navigation: true,
} as const;

export const ATTEMPT_CORE_SELECT = {
  id: true,
  quizId: true,
  userId: true,
  state: true,
  deadlineAt: true,
  layout: true,
  currentPage: true,
  archivedAt: true,
  quiz: { select: QUIZ_SETTINGS_SELECT },
} as const;

export type AttemptCore = Prisma.QuizAttemptGetPayload<{ select: typeof ATTEMPT_CORE_SELECT }>;

export function layoutOf(attempt: { layout: unknown }): AttemptLayout {
  return attempt.layout as AttemptLayout;
}

/** Locks the attempt row for the rest of the transaction, so grading, saving and closing never interleave. */
export async function lockAttempt(tx: Tx, attemptId: number): Promise<AttemptCore | null> {
  await tx.$queryRaw`SELECT id FROM "QuizAttempt" WHERE id = ${attemptId} FOR UPDATE`;
  return tx.quizAttempt.findUnique({ where: { id: attemptId }, select: ATTEMPT_CORE_SELECT });
}

export function isOpenState(state: string): boolean {
  return state === 'IN_PROGRESS' || state === 'OVERDUE';
}

/** Grades a locked open attempt from its saved responses, closes it and feeds the completion engine. */
export async function finaliseAttempt(tx: Tx, attempt: AttemptCore, finishedAt: Date): Promise<void> {
  const layout = layoutOf(attempt);
  const questionIds = layout.slots.map((s) => s.questionId);
  const [slots, questions, responses] = await Promise.all([
    tx.quizSlot.findMany({ where: { quizId: attempt.quizId }, select: { slot: true, maxMark: true } }),
    tx.question.findMany({
      where: { id: { in: questionIds } },
      select: { id: true, type: true, choices: { select: { id: true, fraction: true } } },
    }),
    tx.quizResponse.findMany({ where: { attemptId: attempt.id }, select: { slot: true, selectedChoiceIds: true } }),
  ]);
  const maxMarkBySlot = new Map(slots.map((s) => [s.slot, Number(s.maxMark)]));
  const questionById = new Map(questions.map((q) => [q.id, q]));
  const selectedBySlot = new Map(responses.map((r) => [r.slot, r.selectedChoiceIds]));
  const graded = gradeAttempt(
    layout.slots.map((s) => {
      const question = questionById.get(s.questionId);
      return {
        slot: s.slot,
        // A slot removed from the quiz after the attempt started keeps counting at 1 mark, as laid out.
        maxMark: maxMarkBySlot.get(s.slot) ?? 1,
        type: question?.type ?? 'SINGLE_CHOICE',
        choices: (question?.choices ?? []).map((c) => ({ id: c.id, fraction: Number(c.fraction) })),
        selectedIds: selectedBySlot.get(s.slot) ?? [],
      };
    }),
    Number(attempt.quiz.maxGrade),
  );
  const layoutBySlot = new Map(layout.slots.map((s) => [s.slot, s]));
  for (const mark of graded.slots) {
    const questionId = layoutBySlot.get(mark.slot)!.questionId;
    await tx.quizResponse.upsert({
      where: { attemptId_slot: { attemptId: attempt.id, slot: mark.slot } },
      create: {
        attemptId: attempt.id,
        slot: mark.slot,
        questionId,
        fraction: mark.fraction,
        mark: mark.mark,
        savedAt: finishedAt,
      },
      update: { fraction: mark.fraction, mark: mark.mark },
    });
  }
  await tx.quizAttempt.update({
    where: { id: attempt.id },
    data: { state: 'FINISHED', openFlag: null, finishedAt, sumMarks: graded.sumMarks, grade: graded.grade },
  });
  await recordQuizOutcome(tx, attempt, finishedAt);
}

/** Recomputes the learner's quiz grade under the grading method and passes it to the completion engine. */
async function recordQuizOutcome(tx: Tx, attempt: AttemptCore, at: Date): Promise<void> {
  const attempts = await tx.quizAttempt.findMany({
    where: { quizId: attempt.quizId, userId: attempt.userId, archivedAt: null },
    select: { attemptNumber: true, state: true, grade: true },
  });
  const grade = finalGrade(
    attempt.quiz.gradingMethod,
    attempts.map((a) => ({
      attemptNumber: a.attemptNumber,
      state: a.state,
      grade: a.grade === null ? null : Number(a.grade),
    })),
  );
  if (grade === null) return;
  const percent = gradePercent(grade, Number(attempt.quiz.maxGrade));
  const passPercent = attempt.quiz.passPercent === null ? null : Number(attempt.quiz.passPercent);
  await recordActivityFacts(tx, {
    userId: attempt.userId,
    activityId: attempt.quiz.activityId,
    facts: { grade: { percent, passed: isPassed(percent, passPercent) } },
    at,
  });
}

/** Applies the time-limit rule to a locked attempt; returns what was done. */
export async function applyOverdue(tx: Tx, attempt: AttemptCore, now: Date): Promise<OverdueAction> {
  const action = overdueAction(attempt, attempt.quiz, now);
  if (action.kind === 'FINISH') await finaliseAttempt(tx, attempt, action.finishedAt);
  if (action.kind === 'ABANDON') {
    await tx.quizAttempt.update({
      where: { id: attempt.id },
      data: { state: 'ABANDONED', openFlag: null, finishedAt: action.finishedAt },
    });
  }
  if (action.kind === 'OVERDUE' && attempt.state !== 'OVERDUE') {
    await tx.quizAttempt.update({ where: { id: attempt.id }, data: { state: 'OVERDUE' } });
  }
  return action;
}
