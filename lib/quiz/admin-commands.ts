// L&D admin writes: quizzes, their settings and questions, and the per-course question bank.
// Every command checks that the viewer manages the owning course (lib/auth/course-manager).
import { db } from '@/lib/db';
import type { Viewer } from '@/lib/auth/viewer';
import { addActivity } from '@/lib/activities/commands';
import { requireCourseManager } from '@/lib/auth/course-manager';
import { findManagedQuiz } from '@/lib/quiz/admin-queries';
import { ConflictError, NotFoundError, ValidationError, fromPrismaError } from '@/lib/errors';
import type { QuestionInput, QuizSettingsInput } from '@/lib/quiz/schemas';
import { validateChoices } from '@/lib/quiz/rules';

/** Adds a quiz activity at the end of the course, graded with "must pass" completion by default. */
export async function createQuiz(viewer: Viewer, courseId: number, name: string): Promise<{ activityId: number }> {
  await requireCourseManager(viewer, courseId);
  const trimmed = name.trim();
  if (!trimmed) throw new ValidationError({ name: 'Enter the quiz name' });
  // The same path as Course › Add an activity › Quiz, so both create the activity and its quiz together.
  const { id } = await addActivity(viewer, courseId, {
    type: 'QUIZ',
    name: trimmed,
    sectionName: null,
    descriptionHtml: null,
    contentHtml: null,
    url: null,
    visible: true,
    completionMode: 'AUTOMATIC',
    requireView: false,
    requireGrade: true,
    requirePassingGrade: true,
    requireSubmit: false,
    requireScormStatus: false,
    requireMinScore: null,
    requireAttendance: null,
    hideWhenRestricted: false,
    restrictionAggregation: 'ALL',
  });
  return { activityId: id };
}

export async function updateQuizSettings(viewer: Viewer, activityId: number, input: QuizSettingsInput): Promise<void> {
  const quiz = await findManagedQuiz(viewer, activityId);
  const bands = input.bands.filter((b) => b.feedback !== '' || b.minPercent !== null);
  const errors: Record<string, string> = {};
  input.bands.forEach((b, i) => {
    if (b.feedback !== '' && b.minPercent === null)
      errors[`band.${i}.minPercent`] = 'Enter the grade boundary for this feedback';
  });
  const seen = new Set<number>();
  input.bands.forEach((b, i) => {
    if (b.minPercent === null) return;
    if (seen.has(b.minPercent)) errors[`band.${i}.minPercent`] = 'Each grade boundary must be different';
    seen.add(b.minPercent);
  });
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  await db.$transaction(async (tx) => {
    // Without a pass mark "must pass" could never be met; otherwise the activity's completion rule is left as set.
    await tx.activity.update({
      where: { id: activityId },
      data: { name: input.name, ...(input.passPercent === null ? { requirePassingGrade: false } : {}) },
    });
    await tx.quiz.update({
      where: { id: quiz.id },
      data: {
        introHtml: input.introHtml || null,
        maxGrade: input.maxGrade,
        passPercent: input.passPercent,
        attemptsAllowed: input.attemptsAllowed,
        gradingMethod: input.gradingMethod,
        timeLimitSeconds: input.timeLimitMinutes === null ? null : input.timeLimitMinutes * 60,
        overdueHandling: input.overdueHandling,
        questionsPerPage: input.questionsPerPage,
        navigation: input.navigation,
        shuffleChoices: input.shuffleChoices,
        reviewShowCorrectness: input.reviewShowCorrectness,
        reviewShowMarks: input.reviewShowMarks,
        reviewShowFeedback: input.reviewShowFeedback,
        reviewShowRightAnswer: input.reviewShowRightAnswer,
        reviewShowGeneralFeedback: input.reviewShowGeneralFeedback,
        reviewShowOverallFeedback: input.reviewShowOverallFeedback,
      },
    });
    await tx.quizFeedbackBand.deleteMany({ where: { quizId: quiz.id } });
    await tx.quizFeedbackBand.createMany({
      data: bands.map((b) => ({ quizId: quiz.id, minPercent: b.minPercent ?? 0, feedback: b.feedback })),
    });
  });
}

/**
 * Creates or edits a bank question. Choices keep their ids when edited so finished attempts still review correctly;
 * a choice can only be removed while no attempt has chosen it.
 */
export async function saveQuestion(
  viewer: Viewer,
  courseId: number,
  questionId: number | null,
  input: QuestionInput,
): Promise<{ questionId: number }> {
  await requireCourseManager(viewer, courseId);
  const errors = validateChoices(input.type, input.choices);
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  const rows = input.choices.map((c, sortOrder) => ({ ...c, sortOrder })).filter((c) => c.textHtml !== '');
  const data = {
    type: input.type,
    name: input.name,
    textHtml: input.textHtml,
    generalFeedback: input.generalFeedback || null,
    defaultMark: input.defaultMark,
    shuffleChoices: input.shuffleChoices,
  };
  return db.$transaction(async (tx) => {
    if (questionId === null) {
      const created = await tx.question.create({
        data: {
          ...data,
          courseId,
          choices: {
            create: rows.map((c) => ({
              textHtml: c.textHtml,
              fraction: c.percent / 100,
              feedback: c.feedback || null,
              sortOrder: c.sortOrder,
            })),
          },
        },
        select: { id: true },
      });
      return { questionId: created.id };
    }
    const existing = await tx.question.findFirst({
      where: { id: questionId, courseId },
      select: { choices: { select: { id: true } } },
    });
    if (!existing) throw new NotFoundError();
    const kept = new Set(rows.map((c) => c.id).filter((id): id is number => id !== null));
    const removed = existing.choices.map((c) => c.id).filter((id) => !kept.has(id));
    if (removed.length > 0) {
      const chosen = await tx.quizResponse.count({ where: { questionId, selectedChoiceIds: { hasSome: removed } } });
      if (chosen > 0)
        throw new ConflictError(
          'A choice that learners have already picked cannot be removed. Change its grade instead.',
        );
      await tx.questionChoice.deleteMany({ where: { id: { in: removed }, questionId } });
    }
    await tx.question.update({ where: { id: questionId }, data });
    for (const c of rows) {
      const fields = {
        textHtml: c.textHtml,
        fraction: c.percent / 100,
        feedback: c.feedback || null,
        sortOrder: c.sortOrder,
      };
      if (c.id !== null && existing.choices.some((e) => e.id === c.id))
        await tx.questionChoice.update({ where: { id: c.id }, data: fields });
      else await tx.questionChoice.create({ data: { ...fields, questionId } });
    }
    return { questionId };
  });
}

export async function deleteQuestion(viewer: Viewer, courseId: number, questionId: number): Promise<void> {
  await requireCourseManager(viewer, courseId);
  const question = await db.question.findFirst({
    where: { id: questionId, courseId },
    select: { _count: { select: { slots: true } } },
  });
  if (!question) throw new NotFoundError();
  if (question._count.slots > 0)
    throw new ConflictError('This question is used in a quiz. Remove it from the quiz first.');
  await db.question.delete({ where: { id: questionId } });
}

/** Adds a bank question to the end of a quiz, worth the question's default mark unless given. */
export async function addQuestionToQuiz(viewer: Viewer, activityId: number, questionId: number): Promise<void> {
  const quiz = await findManagedQuiz(viewer, activityId);
  const question = await db.question.findFirst({
    where: { id: questionId, courseId: quiz.activity.courseId },
    select: { id: true, defaultMark: true },
  });
  if (!question) throw new ValidationError({ questionId: 'Choose a question from this course’s question bank' });
  try {
    await db.$transaction(async (tx) => {
      const last = await tx.quizSlot.aggregate({ where: { quizId: quiz.id }, _max: { slot: true } });
      const slot = (last._max.slot ?? 0) + 1;
      await tx.quizSlot.create({
        data: { quizId: quiz.id, questionId, slot, page: slot, maxMark: question.defaultMark },
      });
    });
  } catch (error) {
    throw fromPrismaError(error, 'That question is already in this quiz.');
  }
}

export async function removeQuestionFromQuiz(viewer: Viewer, activityId: number, slotId: number): Promise<void> {
  const quiz = await findManagedQuiz(viewer, activityId);
  const { count } = await db.quizSlot.deleteMany({ where: { id: slotId, quizId: quiz.id } });
  if (count === 0) throw new NotFoundError();
}
