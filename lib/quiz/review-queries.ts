// The review of a closed attempt, limited by the quiz's review options. Only the attempt's owner may see it.
import { db } from '@/lib/db';
import type { Viewer } from '@/lib/auth/viewer';
import { NotFoundError } from '@/lib/errors';
import { isOpenState, layoutOf } from '@/lib/quiz/attempt-core';
import { closeOverdueAttemptsFor } from '@/lib/quiz/commands';
import { feedbackForPercent, gradePercent, type AttemptStateName } from '@/lib/quiz/rules';

export type ReviewOutcome = 'Correct' | 'Partially correct' | 'Incorrect' | 'Not answered';

export type AttemptReview =
  | { closed: false; attemptId: number }
  | {
      closed: true;
      attemptId: number;
      /** 1 for the learner's first attempt at this quiz (page titles: "Review of attempt 2: ..."). */
      attemptNumber: number;
      activity: { id: number; name: string };
      course: { id: number; fullName: string };
      state: AttemptStateName;
      startedAt: Date;
      finishedAt: Date | null;
      sumMarks: number | null;
      totalMarks: number;
      grade: number | null;
      maxGrade: number;
      percent: number | null;
      overallFeedback: string | null;
      show: { correctness: boolean; marks: boolean; feedback: boolean; rightAnswer: boolean; generalFeedback: boolean };
      questions: {
        slot: number;
        number: number;
        text: string;
        type: 'SINGLE_CHOICE' | 'MULTI_CHOICE' | 'TRUE_FALSE';
        mark: number | null;
        maxMark: number;
        outcome: ReviewOutcome | null;
        choices: { id: number; text: string; selected: boolean; feedback: string | null }[];
        rightAnswer: string[] | null;
        generalFeedback: string | null;
      }[];
    };

function outcomeOf(answered: boolean, fraction: number | null): ReviewOutcome {
  if (!answered) return 'Not answered';
  if (fraction === null || fraction <= 0) return 'Incorrect';
  return fraction >= 1 ? 'Correct' : 'Partially correct';
}

export async function getAttemptReview(viewer: Viewer, attemptId: number, now = new Date()): Promise<AttemptReview> {
  await closeOverdueAttemptsFor({ attemptId, userId: viewer.id }, now);
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId: viewer.id },
    select: {
      id: true,
      attemptNumber: true,
      state: true,
      layout: true,
      startedAt: true,
      finishedAt: true,
      sumMarks: true,
      grade: true,
      responses: { select: { slot: true, selectedChoiceIds: true, fraction: true, mark: true } },
      quiz: {
        select: {
          maxGrade: true,
          reviewShowCorrectness: true,
          reviewShowMarks: true,
          reviewShowFeedback: true,
          reviewShowRightAnswer: true,
          reviewShowGeneralFeedback: true,
          reviewShowOverallFeedback: true,
          feedbackBands: { select: { minPercent: true, feedback: true } },
          slots: { select: { slot: true, maxMark: true } },
          activity: { select: { id: true, name: true, course: { select: { id: true, fullName: true } } } },
        },
      },
    },
  });
  if (!attempt) throw new NotFoundError();
  if (isOpenState(attempt.state)) return { closed: false, attemptId };
  const layout = layoutOf(attempt);
  const { quiz } = attempt;
  const questions = await db.question.findMany({
    where: { id: { in: layout.slots.map((s) => s.questionId) } },
    select: {
      id: true,
      type: true,
      textHtml: true,
      generalFeedback: true,
      choices: { select: { id: true, textHtml: true, fraction: true, feedback: true } },
    },
  });
  const byId = new Map(questions.map((q) => [q.id, q]));
  const responses = new Map(attempt.responses.map((r) => [r.slot, r]));
  const maxMarks = new Map(quiz.slots.map((s) => [s.slot, Number(s.maxMark)]));
  const maxGrade = Number(quiz.maxGrade);
  const grade = attempt.grade === null ? null : Number(attempt.grade);
  const percent = grade === null ? null : gradePercent(grade, maxGrade);
  const finished = attempt.state === 'FINISHED';
  const show = {
    correctness: quiz.reviewShowCorrectness && finished,
    marks: quiz.reviewShowMarks && finished,
    feedback: quiz.reviewShowFeedback,
    rightAnswer: quiz.reviewShowRightAnswer,
    generalFeedback: quiz.reviewShowGeneralFeedback,
  };
  const bands = quiz.feedbackBands.map((b) => ({ minPercent: Number(b.minPercent), feedback: b.feedback }));
  return {
    closed: true,
    attemptId,
    attemptNumber: attempt.attemptNumber,
    activity: { id: quiz.activity.id, name: quiz.activity.name },
    course: quiz.activity.course,
    state: attempt.state,
    startedAt: attempt.startedAt,
    finishedAt: attempt.finishedAt,
    sumMarks: attempt.sumMarks === null ? null : Number(attempt.sumMarks),
    totalMarks: layout.slots.reduce((sum, s) => sum + (maxMarks.get(s.slot) ?? 1), 0),
    grade,
    maxGrade,
    percent,
    overallFeedback: quiz.reviewShowOverallFeedback && percent !== null ? feedbackForPercent(bands, percent) : null,
    show,
    questions: layout.slots.flatMap((s, index) => {
      const q = byId.get(s.questionId);
      if (!q) return [];
      const response = responses.get(s.slot);
      const selectedIds = response?.selectedChoiceIds ?? [];
      const fraction = response?.fraction == null ? null : Number(response.fraction);
      const choicesById = new Map(q.choices.map((c) => [c.id, c]));
      const ordered = s.choiceOrder.map((id) => choicesById.get(id)).filter((c) => c !== undefined);
      return [
        {
          slot: s.slot,
          number: index + 1,
          text: q.textHtml,
          type: q.type,
          mark: show.marks && response?.mark != null ? Number(response.mark) : show.marks ? 0 : null,
          maxMark: maxMarks.get(s.slot) ?? 1,
          outcome: show.correctness ? outcomeOf(selectedIds.length > 0, fraction) : null,
          choices: ordered.map((c) => ({
            id: c.id,
            text: c.textHtml,
            selected: selectedIds.includes(c.id),
            // Per-choice feedback is shown for the choices the learner picked.
            feedback: show.feedback && selectedIds.includes(c.id) ? c.feedback : null,
          })),
          rightAnswer: show.rightAnswer ? ordered.filter((c) => Number(c.fraction) > 0).map((c) => c.textHtml) : null,
          generalFeedback: show.generalFeedback ? q.generalFeedback : null,
        },
      ];
    }),
  };
}
