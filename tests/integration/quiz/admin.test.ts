/** @jest-environment node */
import { db } from '@/lib/db';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import {
  addQuestionToQuiz,
  createQuiz,
  deleteQuestion,
  removeQuestionFromQuiz,
  saveQuestion,
  updateQuizSettings,
} from '@/lib/quiz/admin-commands';
import { getQuestionBank, getQuizForEdit, getQuizResults, listManagedQuizzes } from '@/lib/quiz/admin-queries';
import { finishAttempt, saveResponses, startAttempt } from '@/lib/quiz/commands';
import type { QuestionInput, QuizSettingsInput } from '@/lib/quiz/schemas';
import { disconnect, resetDb } from '../../helpers/db';
import { enrol, makeCourse, makeQuiz, makeTeam, makeUser, standardQuestions } from '../../factories/quiz';

beforeAll(resetDb);
afterAll(disconnect);

const question = (over: Partial<QuestionInput> = {}): QuestionInput => ({
  type: 'SINGLE_CHOICE',
  name: 'Capital',
  textHtml: 'What is the county town of Hertfordshire?',
  generalFeedback: '',
  defaultMark: 2,
  shuffleChoices: true,
  choices: [
    { id: null, textHtml: 'Hertford', percent: 100, feedback: 'Correct.' },
    { id: null, textHtml: 'Watford', percent: 0, feedback: '' },
  ],
  ...over,
});

const settings = (over: Partial<QuizSettingsInput> = {}): QuizSettingsInput => ({
  name: 'Final check',
  introHtml: '',
  maxGrade: 10,
  passPercent: 80,
  attemptsAllowed: 2,
  gradingMethod: 'HIGHEST',
  timeLimitMinutes: 20,
  overdueHandling: 'AUTOSUBMIT',
  questionsPerPage: 1,
  navigation: 'FREE',
  shuffleChoices: true,
  reviewShowCorrectness: true,
  reviewShowMarks: true,
  reviewShowFeedback: true,
  reviewShowRightAnswer: false,
  reviewShowGeneralFeedback: true,
  reviewShowOverallFeedback: true,
  bands: [
    { minPercent: 80, feedback: 'Well done.' },
    { minPercent: 0, feedback: "Sorry! You haven't reached the necessary level to pass." },
  ],
  ...over,
});

async function teamSetup() {
  const team = await makeTeam();
  const otherTeam = await makeTeam();
  const admin = await makeUser({ teamId: team });
  const outsider = await makeUser({ teamId: otherTeam });
  const learner = await makeUser();
  const course = await makeCourse({ ownerTeamId: team });
  return { team, admin, outsider, learner, course };
}

describe('quiz administration', () => {
  it('lets a team admin build a quiz from the bank and edit its settings', async () => {
    const { admin, course } = await teamSetup();
    const { activityId } = await createQuiz(admin, course.id, 'Final check');
    const { questionId } = await saveQuestion(admin, course.id, null, question());
    await addQuestionToQuiz(admin, activityId, questionId);
    await expect(addQuestionToQuiz(admin, activityId, questionId)).rejects.toThrow(ConflictError);
    await updateQuizSettings(admin, activityId, settings());

    const edit = await getQuizForEdit(admin, activityId);
    expect(edit.settings).toMatchObject({
      passPercent: 80,
      attemptsAllowed: 2,
      timeLimitSeconds: 1200,
      reviewShowRightAnswer: false,
    });
    expect(edit.settings.slots).toHaveLength(1);
    expect(edit.settings.slots[0]!.maxMark).toBe(2);
    expect(edit.settings.feedbackBands.map((b) => b.minPercent)).toEqual([80, 0]);
    expect(edit.bank).toEqual([]);
    const bank = await getQuestionBank(admin, course.id);
    expect(bank.questions[0]).toMatchObject({ name: 'Capital', quizCount: 1, choiceCount: 2 });
    expect((await listManagedQuizzes(admin)).quizzes.map((q) => q.activityId)).toContain(activityId);

    await expect(deleteQuestion(admin, course.id, questionId)).rejects.toThrow(ConflictError);
    await removeQuestionFromQuiz(admin, activityId, edit.settings.slots[0]!.id);
    await deleteQuestion(admin, course.id, questionId);
    expect(await db.question.count({ where: { id: questionId } })).toBe(0);
  });

  it('validates questions and feedback bands', async () => {
    const { admin, course } = await teamSetup();
    await expect(
      saveQuestion(
        admin,
        course.id,
        null,
        question({
          type: 'MULTI_CHOICE',
          choices: [
            { id: null, textHtml: 'A', percent: 40, feedback: '' },
            { id: null, textHtml: 'B', percent: 40, feedback: '' },
          ],
        }),
      ),
    ).rejects.toThrow(ValidationError);
    const { activityId } = await createQuiz(admin, course.id, 'Check');
    await expect(
      updateQuizSettings(
        admin,
        activityId,
        settings({
          bands: [
            { minPercent: 50, feedback: 'A' },
            { minPercent: 50, feedback: 'B' },
          ],
        }),
      ),
    ).rejects.toThrow(ValidationError);
  });

  it('keeps choices that learners picked when a question is edited', async () => {
    const { admin, course } = await teamSetup();
    const made = await makeQuiz(course.id, standardQuestions());
    const learner = await makeUser();
    await enrol(learner.id, course.id);
    const q = made.questions[0]!;
    const { attemptId } = await startAttempt(learner, made.activity.id);
    await saveResponses(learner, attemptId, { answers: [{ slot: 1, choiceIds: [q.choices[1]!.id] }] });
    const keepFirstOnly = question({
      choices: [
        { id: q.choices[0]!.id, textHtml: 'UK GDPR', percent: 100, feedback: '' },
        { id: null, textHtml: 'Magna Carta', percent: 0, feedback: '' },
      ],
    });
    await expect(saveQuestion(admin, course.id, q.id, keepFirstOnly)).rejects.toThrow(ConflictError);
    const renamed = question({
      choices: [
        { id: q.choices[0]!.id, textHtml: 'UK GDPR', percent: 100, feedback: '' },
        { id: q.choices[1]!.id, textHtml: 'The Highway Code', percent: 0, feedback: '' },
      ],
    });
    await saveQuestion(admin, course.id, q.id, renamed);
    expect((await db.questionChoice.findUniqueOrThrow({ where: { id: q.choices[1]!.id } })).textHtml).toBe(
      'The Highway Code',
    );
  });

  it("refuses admins of another team, learners, and another course's questions", async () => {
    const { admin, outsider, learner, course } = await teamSetup();
    const { activityId } = await createQuiz(admin, course.id, 'Mine');
    const { questionId } = await saveQuestion(admin, course.id, null, question());
    for (const who of [outsider, learner]) {
      await expect(createQuiz(who, course.id, 'Theirs')).rejects.toThrow(ForbiddenError);
      await expect(saveQuestion(who, course.id, null, question())).rejects.toThrow(ForbiddenError);
      await expect(saveQuestion(who, course.id, questionId, question())).rejects.toThrow(ForbiddenError);
      await expect(deleteQuestion(who, course.id, questionId)).rejects.toThrow(ForbiddenError);
      await expect(updateQuizSettings(who, activityId, settings())).rejects.toThrow(ForbiddenError);
      await expect(addQuestionToQuiz(who, activityId, questionId)).rejects.toThrow(ForbiddenError);
      await expect(getQuizForEdit(who, activityId)).rejects.toThrow(ForbiddenError);
      await expect(getQuizResults(who, activityId)).rejects.toThrow(ForbiddenError);
      await expect(getQuestionBank(who, course.id)).rejects.toThrow(ForbiddenError);
      expect((await listManagedQuizzes(who)).quizzes).toEqual([]);
    }
    // A question from another course cannot be put in this quiz, even by a site admin.
    const siteAdmin = await makeUser({ isSiteAdmin: true });
    const otherCourse = await makeCourse();
    const foreign = await saveQuestion(siteAdmin, otherCourse.id, null, question());
    await expect(addQuestionToQuiz(siteAdmin, activityId, foreign.questionId)).rejects.toThrow(ValidationError);
    await expect(saveQuestion(siteAdmin, course.id, foreign.questionId, question())).rejects.toThrow(NotFoundError);
  });

  it('reports attempts, final grades and the pass rate', async () => {
    const { admin, course } = await teamSetup();
    const made = await makeQuiz(course.id, standardQuestions(), { passPercent: 50 });
    await db.course.update({ where: { id: course.id }, data: { ownerTeamId: admin.ldTeamIds[0]! } });
    const right = made.questions[0]!.choices[0]!.id;
    const learners = [await makeUser(), await makeUser(), await makeUser()];
    for (const [i, l] of learners.entries()) {
      await enrol(l.id, course.id);
      const { attemptId } = await startAttempt(l, made.activity.id);
      if (i < 2) {
        if (i === 0)
          await saveResponses(l, attemptId, {
            answers: [
              { slot: 1, choiceIds: [right] },
              { slot: 3, choiceIds: [made.questions[2]!.choices[1]!.id] },
            ],
          });
        await finishAttempt(l, attemptId);
      }
    }
    const results = await getQuizResults(admin, made.activity.id);
    expect(results.stats).toMatchObject({ attempts: 3, learners: 3, graded: 2, passed: 1, passRate: 50 });
    expect(results.rows.map((r) => r.state).sort()).toEqual(['FINISHED', 'FINISHED', 'IN_PROGRESS']);
  });
});
