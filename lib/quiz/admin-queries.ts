// L&D admin reads: quiz lists, the question bank, quiz settings and the results report.
// Scoped to the courses the viewer manages (lib/auth/course-manager).
import { db } from '@/lib/db';
import type { Viewer } from '@/lib/auth/viewer';
import { coursesManagedBy, requireCourseManager } from '@/lib/auth/course-manager';
import { NotFoundError } from '@/lib/errors';
import { isId } from '@/lib/validation';
import { finalGrade, gradePercent, isPassed, type AttemptStateName, type GradingMethodName } from '@/lib/quiz/rules';

/** A quiz (by its activity id) on a course the viewer manages; NotFound/Forbidden otherwise. */
export async function findManagedQuiz(viewer: Viewer, activityId: number) {
  const quiz = isId(activityId)
    ? await db.quiz.findUnique({
        where: { activityId },
        select: {
          id: true,
          activity: { select: { id: true, name: true, courseId: true, course: { select: { fullName: true } } } },
        },
      })
    : null;
  if (!quiz) throw new NotFoundError('We could not find that quiz.');
  await requireCourseManager(viewer, quiz.activity.courseId);
  return quiz;
}

/** Quizzes in the courses the viewer manages, with question and attempt counts. */
export async function listManagedQuizzes(viewer: Viewer) {
  const [quizzes, courses] = await Promise.all([
    db.quiz.findMany({
      where: { activity: { course: coursesManagedBy(viewer) } },
      orderBy: [{ activity: { course: { fullName: 'asc' } } }, { activity: { sortOrder: 'asc' } }],
      take: 500,
      select: {
        activity: { select: { id: true, name: true, course: { select: { id: true, fullName: true } } } },
        _count: { select: { slots: true, attempts: { where: { archivedAt: null } } } },
      },
    }),
    db.course.findMany({
      where: { ...coursesManagedBy(viewer), archivedAt: null },
      orderBy: { fullName: 'asc' },
      take: 1000,
      select: { id: true, fullName: true },
    }),
  ]);
  return {
    quizzes: quizzes.map((q) => ({
      activityId: q.activity.id,
      name: q.activity.name,
      course: q.activity.course,
      questionCount: q._count.slots,
      attemptCount: q._count.attempts,
    })),
    courses,
  };
}

/** The course's question bank, with where each question is used, and the course's quizzes. */
export async function getQuestionBank(viewer: Viewer, courseId: number) {
  const course = await requireCourseManager(viewer, courseId);
  const [questions, quizzes] = await Promise.all([
    db.question.findMany({
      where: { courseId },
      orderBy: { name: 'asc' },
      select: {
        id: true,
        name: true,
        type: true,
        defaultMark: true,
        _count: { select: { choices: true, slots: true } },
      },
    }),
    db.activity.findMany({
      where: { courseId, type: 'QUIZ', quiz: { isNot: null } },
      orderBy: { sortOrder: 'asc' },
      select: { id: true, name: true },
    }),
  ]);
  return {
    course: { id: course.id, fullName: course.fullName },
    questions: questions.map((q) => ({
      id: q.id,
      name: q.name,
      type: q.type,
      defaultMark: Number(q.defaultMark),
      choiceCount: q._count.choices,
      quizCount: q._count.slots,
    })),
    quizzes,
  };
}

export async function getQuestionForEdit(viewer: Viewer, courseId: number, questionId: number) {
  const course = await requireCourseManager(viewer, courseId);
  const question = await db.question.findFirst({
    where: { id: questionId, courseId },
    select: {
      id: true,
      type: true,
      name: true,
      textHtml: true,
      generalFeedback: true,
      defaultMark: true,
      shuffleChoices: true,
      choices: {
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
        select: { id: true, textHtml: true, fraction: true, feedback: true },
      },
    },
  });
  if (!question) return null;
  return {
    course: { id: course.id, fullName: course.fullName },
    question: {
      ...question,
      defaultMark: Number(question.defaultMark),
      choices: question.choices.map((c) => ({
        id: c.id,
        textHtml: c.textHtml,
        percent: Number(c.fraction) * 100,
        feedback: c.feedback ?? '',
      })),
    },
  };
}

/** Quiz settings, its questions in order and the bank questions that could be added. */
export async function getQuizForEdit(viewer: Viewer, activityId: number) {
  const { id, activity } = await findManagedQuiz(viewer, activityId);
  const [quiz, bank] = await Promise.all([
    db.quiz.findUniqueOrThrow({
      where: { id },
      select: {
        introHtml: true,
        maxGrade: true,
        passPercent: true,
        attemptsAllowed: true,
        gradingMethod: true,
        timeLimitSeconds: true,
        overdueHandling: true,
        questionsPerPage: true,
        navigation: true,
        shuffleChoices: true,
        reviewShowCorrectness: true,
        reviewShowMarks: true,
        reviewShowFeedback: true,
        reviewShowRightAnswer: true,
        reviewShowGeneralFeedback: true,
        reviewShowOverallFeedback: true,
        feedbackBands: { orderBy: { minPercent: 'desc' }, select: { minPercent: true, feedback: true } },
        slots: {
          orderBy: { slot: 'asc' },
          select: { id: true, slot: true, maxMark: true, question: { select: { id: true, name: true, type: true } } },
        },
      },
    }),
    db.question.findMany({
      where: { courseId: activity.courseId, slots: { none: { quizId: id } } },
      orderBy: { name: 'asc' },
      select: { id: true, name: true },
    }),
  ]);
  return {
    activity: {
      id: activity.id,
      name: activity.name,
      courseId: activity.courseId,
      courseName: activity.course.fullName,
    },
    settings: {
      ...quiz,
      maxGrade: Number(quiz.maxGrade),
      passPercent: quiz.passPercent === null ? null : Number(quiz.passPercent),
      feedbackBands: quiz.feedbackBands.map((b) => ({ minPercent: Number(b.minPercent), feedback: b.feedback })),
      slots: quiz.slots.map((s) => ({ ...s, maxMark: Number(s.maxMark) })),
    },
    bank,
  };
}

export type ResultRow = {
  attemptId: number;
  learner: string;
  username: string;
  attemptNumber: number;
  state: AttemptStateName;
  startedAt: Date;
  finishedAt: Date | null;
  sumMarks: number | null;
  grade: number | null;
};

/** Results report: every counted attempt, plus per-learner final grades and the pass rate. */
export async function getQuizResults(viewer: Viewer, activityId: number) {
  const { id, activity } = await findManagedQuiz(viewer, activityId);
  const [quiz, attempts] = await Promise.all([
    db.quiz.findUniqueOrThrow({ where: { id }, select: { maxGrade: true, passPercent: true, gradingMethod: true } }),
    db.quizAttempt.findMany({
      where: { quizId: id, archivedAt: null },
      orderBy: [
        { user: { lastName: 'asc' } },
        { user: { firstName: 'asc' } },
        { userId: 'asc' },
        { attemptNumber: 'asc' },
      ],
      select: {
        id: true,
        userId: true,
        attemptNumber: true,
        state: true,
        startedAt: true,
        finishedAt: true,
        sumMarks: true,
        grade: true,
        user: { select: { firstName: true, lastName: true, username: true } },
      },
    }),
  ]);
  const maxGrade = Number(quiz.maxGrade);
  const passPercent = quiz.passPercent === null ? null : Number(quiz.passPercent);
  const byUser = new Map<number, { attemptNumber: number; state: AttemptStateName; grade: number | null }[]>();
  const numberInUser = new Map<number, number>();
  const rows: ResultRow[] = attempts.map((a) => {
    const grade = a.grade === null ? null : Number(a.grade);
    const number = (numberInUser.get(a.userId) ?? 0) + 1;
    numberInUser.set(a.userId, number);
    byUser.set(a.userId, [...(byUser.get(a.userId) ?? []), { attemptNumber: number, state: a.state, grade }]);
    return {
      attemptId: a.id,
      learner: `${a.user.firstName} ${a.user.lastName}`,
      username: a.user.username,
      attemptNumber: number,
      state: a.state,
      startedAt: a.startedAt,
      finishedAt: a.finishedAt,
      sumMarks: a.sumMarks === null ? null : Number(a.sumMarks),
      grade,
    };
  });
  const finals = [...byUser.values()]
    .map((list) => finalGrade(quiz.gradingMethod as GradingMethodName, list))
    .filter((g): g is number => g !== null);
  const passed = finals.filter((g) => isPassed(gradePercent(g, maxGrade), passPercent) === true).length;
  return {
    activity: {
      id: activity.id,
      name: activity.name,
      courseId: activity.courseId,
      courseName: activity.course.fullName,
    },
    maxGrade,
    passPercent,
    rows,
    stats: {
      attempts: rows.length,
      learners: byUser.size,
      graded: finals.length,
      averageGrade: finals.length > 0 ? finals.reduce((s, g) => s + g, 0) / finals.length : null,
      passed,
      passRate: passPercent !== null && finals.length > 0 ? (passed / finals.length) * 100 : null,
    },
  };
}
