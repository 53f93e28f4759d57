// Learner reads for quizzes. Every read is scoped to the viewer's own attempts and closes overdue attempts first.
// Attempt pages select choice ids and text only: fractions and feedback leave the server after the attempt closes.
import { db } from '@/lib/db';
import type { Viewer } from '@/lib/auth/viewer';
import { getActivityAccess } from '@/lib/completion/queries';
import { NotFoundError } from '@/lib/errors';
import { isOpenState, layoutOf } from '@/lib/quiz/attempt-core';
import { closeOverdueAttemptsFor } from '@/lib/quiz/commands';
import {
  feedbackForPercent,
  finalGrade,
  gradePercent,
  isPassed,
  pageCount,
  clampPage,
  quizButton,
  responseStatus,
  type AttemptStateName,
  type GradingMethodName,
  type QuizButton,
} from '@/lib/quiz/rules';

export type AttemptRow = {
  id: number;
  number: number;
  state: AttemptStateName;
  startedAt: Date;
  finishedAt: Date | null;
  deadlineAt: Date | null;
  sumMarks: number | null;
  grade: number | null;
  feedback: string | null;
};

export type QuizView = {
  activity: { id: number; name: string; descriptionHtml: string | null };
  course: { id: number; fullName: string };
  enrolled: boolean;
  available: boolean;
  lockedReasons: string[];
  introHtml: string | null;
  maxGrade: number;
  totalMarks: number;
  passPercent: number | null;
  attemptsAllowed: number;
  gradingMethod: GradingMethodName;
  timeLimitSeconds: number | null;
  opensAt: Date | null;
  closesAt: Date | null;
  questionCount: number;
  attempts: AttemptRow[];
  finalGrade: number | null;
  passed: boolean | null;
  overallFeedback: string | null;
  button: QuizButton;
  openAttemptId: number | null;
};

/** The quiz page: settings, the viewer's attempts, their final grade and which button to show. */
export async function getQuizView(viewer: Viewer, activityId: number, now = new Date()): Promise<QuizView> {
  const access = await getActivityAccess(viewer, activityId);
  if (access.activity.type !== 'QUIZ') throw new NotFoundError();
  const quiz = await db.quiz.findUnique({
    where: { activityId },
    select: {
      id: true,
      introHtml: true,
      maxGrade: true,
      passPercent: true,
      attemptsAllowed: true,
      gradingMethod: true,
      timeLimitSeconds: true,
      opensAt: true,
      closesAt: true,
      reviewShowOverallFeedback: true,
      activity: { select: { descriptionHtml: true } },
      feedbackBands: { select: { minPercent: true, feedback: true } },
      slots: { select: { maxMark: true } },
    },
  });
  if (!quiz) throw new NotFoundError();
  if (access.enrolled) await closeOverdueAttemptsFor({ quizId: quiz.id, userId: viewer.id }, now);
  const rows = access.enrolled
    ? await db.quizAttempt.findMany({
        where: { quizId: quiz.id, userId: viewer.id, archivedAt: null },
        orderBy: { attemptNumber: 'asc' },
        select: {
          id: true,
          attemptNumber: true,
          state: true,
          startedAt: true,
          finishedAt: true,
          deadlineAt: true,
          sumMarks: true,
          grade: true,
        },
      })
    : [];
  const maxGrade = Number(quiz.maxGrade);
  const passPercent = quiz.passPercent === null ? null : Number(quiz.passPercent);
  const bands = quiz.feedbackBands.map((b) => ({ minPercent: Number(b.minPercent), feedback: b.feedback }));
  const bandFor = (grade: number | null) =>
    grade !== null && quiz.reviewShowOverallFeedback ? feedbackForPercent(bands, gradePercent(grade, maxGrade)) : null;
  const attempts: AttemptRow[] = rows.map((a, index) => {
    const grade = a.grade === null ? null : Number(a.grade);
    return {
      id: a.id,
      // Numbered among the attempts that count: archived ones (before a reset) are left out.
      number: index + 1,
      state: a.state,
      startedAt: a.startedAt,
      finishedAt: a.finishedAt,
      deadlineAt: a.deadlineAt,
      sumMarks: a.sumMarks === null ? null : Number(a.sumMarks),
      grade,
      feedback: a.state === 'FINISHED' ? bandFor(grade) : null,
    };
  });
  const final = finalGrade(
    quiz.gradingMethod,
    attempts.map((a) => ({ attemptNumber: a.number, state: a.state, grade: a.grade })),
  );
  return {
    activity: { id: access.activity.id, name: access.activity.name, descriptionHtml: quiz.activity.descriptionHtml },
    course: access.course,
    enrolled: access.enrolled,
    available: access.available,
    lockedReasons: access.lockedReasons,
    introHtml: quiz.introHtml,
    maxGrade,
    totalMarks: quiz.slots.reduce((sum, s) => sum + Number(s.maxMark), 0),
    passPercent,
    attemptsAllowed: quiz.attemptsAllowed,
    gradingMethod: quiz.gradingMethod,
    timeLimitSeconds: quiz.timeLimitSeconds,
    opensAt: quiz.opensAt,
    closesAt: quiz.closesAt,
    questionCount: quiz.slots.length,
    attempts,
    finalGrade: final,
    passed: final === null ? null : isPassed(gradePercent(final, maxGrade), passPercent),
    overallFeedback: bandFor(final),
    button: quizButton({ ...quiz, questionCount: quiz.slots.length }, attempts, now),
    openAttemptId: attempts.find((a) => isOpenState(a.state))?.id ?? null,
  };
}

export type NavItem = { slot: number; number: number; page: number; status: 'Answer saved' | 'Not yet answered' };

/** Loads the viewer's own attempt (closing it first if its time is up) with its navigation panel. */
async function loadOwnAttempt(viewer: Viewer, attemptId: number, now: Date) {
  await closeOverdueAttemptsFor({ attemptId, userId: viewer.id }, now);
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId: viewer.id, archivedAt: null },
    select: {
      id: true,
      state: true,
      layout: true,
      currentPage: true,
      startedAt: true,
      deadlineAt: true,
      lastSavedAt: true,
      quiz: {
        select: {
          id: true,
          navigation: true,
          activity: { select: { id: true, name: true, course: { select: { id: true, fullName: true } } } },
        },
      },
      responses: { select: { slot: true, selectedChoiceIds: true } },
    },
  });
  if (!attempt) throw new NotFoundError();
  const layout = layoutOf(attempt);
  const selected = new Map(attempt.responses.map((r) => [r.slot, r.selectedChoiceIds]));
  const nav: NavItem[] = layout.slots.map((s, index) => ({
    slot: s.slot,
    number: index + 1,
    page: s.page,
    status: responseStatus(selected.get(s.slot) ?? []),
  }));
  return { attempt, layout, selected, nav };
}

export type AttemptPage =
  | { open: false; activityId: number }
  | {
      open: true;
      attemptId: number;
      activity: { id: number; name: string };
      course: { id: number; fullName: string };
      overdue: boolean;
      navigation: 'FREE' | 'SEQUENTIAL';
      page: number;
      pageCount: number;
      deadlineAt: Date | null;
      lastSavedAt: Date | null;
      nav: NavItem[];
      /** Only what the learner needs to answer: no fractions, no feedback. */
      questions: {
        slot: number;
        number: number;
        type: 'SINGLE_CHOICE' | 'MULTI_CHOICE' | 'TRUE_FALSE';
        text: string;
        choices: { id: number; text: string }[];
        selectedIds: number[];
      }[];
    };

/** One page of an open attempt. Closed attempts report open: false so the page can send the learner to the review. */
export async function getAttemptPage(
  viewer: Viewer,
  attemptId: number,
  requestedPage?: number,
  now = new Date(),
): Promise<AttemptPage> {
  const { attempt, layout, selected, nav } = await loadOwnAttempt(viewer, attemptId, now);
  if (!isOpenState(attempt.state)) return { open: false, activityId: attempt.quiz.activity.id };
  let page = clampPage(layout, requestedPage, attempt.currentPage);
  // Sequential navigation: no going back to earlier pages.
  if (attempt.quiz.navigation === 'SEQUENTIAL' && page < attempt.currentPage) page = attempt.currentPage;
  const onPage = layout.slots.filter((s) => s.page === page);
  const questions = await db.question.findMany({
    where: { id: { in: onPage.map((s) => s.questionId) } },
    select: { id: true, type: true, textHtml: true, choices: { select: { id: true, textHtml: true } } },
  });
  const byId = new Map(questions.map((q) => [q.id, q]));
  return {
    open: true,
    attemptId: attempt.id,
    activity: { id: attempt.quiz.activity.id, name: attempt.quiz.activity.name },
    course: attempt.quiz.activity.course,
    overdue: attempt.state === 'OVERDUE',
    navigation: attempt.quiz.navigation,
    page,
    pageCount: pageCount(layout),
    deadlineAt: attempt.deadlineAt,
    lastSavedAt: attempt.lastSavedAt,
    nav,
    questions: onPage.flatMap((s) => {
      const q = byId.get(s.questionId);
      if (!q) return [];
      const choiceText = new Map(q.choices.map((c) => [c.id, c.textHtml]));
      return [
        {
          slot: s.slot,
          number: nav.find((n) => n.slot === s.slot)!.number,
          type: q.type,
          text: q.textHtml,
          choices: s.choiceOrder.filter((id) => choiceText.has(id)).map((id) => ({ id, text: choiceText.get(id)! })),
          selectedIds: selected.get(s.slot) ?? [],
        },
      ];
    }),
  };
}

export type AttemptSummary =
  | { open: false; activityId: number }
  | {
      open: true;
      attemptId: number;
      activity: { id: number; name: string };
      course: { id: number; fullName: string };
      overdue: boolean;
      navigation: 'FREE' | 'SEQUENTIAL';
      deadlineAt: Date | null;
      nav: NavItem[];
    };

/** "Summary of attempt": each question answered or not, before "Submit all and finish". */
export async function getAttemptSummary(viewer: Viewer, attemptId: number, now = new Date()): Promise<AttemptSummary> {
  const { attempt, nav } = await loadOwnAttempt(viewer, attemptId, now);
  if (!isOpenState(attempt.state)) return { open: false, activityId: attempt.quiz.activity.id };
  return {
    open: true,
    attemptId: attempt.id,
    activity: { id: attempt.quiz.activity.id, name: attempt.quiz.activity.name },
    course: attempt.quiz.activity.course,
    overdue: attempt.state === 'OVERDUE',
    navigation: attempt.quiz.navigation,
    deadlineAt: attempt.deadlineAt,
    nav,
  };
}
