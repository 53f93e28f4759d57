/** @jest-environment node */
import { db } from '@/lib/db';
import { ForbiddenError, NotFoundError, UserError, ValidationError } from '@/lib/errors';
import {
  archiveQuizAttempts,
  finishAttempt,
  saveResponses,
  startAttempt,
  unsafeCloseAllOverdueAttempts,
} from '@/lib/quiz/commands';
import { getAttemptPage, getAttemptSummary, getQuizView } from '@/lib/quiz/queries';
import { getAttemptReview } from '@/lib/quiz/review-queries';
import { disconnect, resetDb } from '../../helpers/db';
import { enrol, makeCourse, makeQuiz, makeUser, standardQuestions } from '../../factories/quiz';

beforeAll(resetDb);
afterAll(disconnect);

async function setup(settings: Parameters<typeof makeQuiz>[2] = {}) {
  const course = await makeCourse();
  const made = await makeQuiz(course.id, standardQuestions(), settings);
  const learner = await makeUser();
  await enrol(learner.id, course.id);
  return { course, ...made, learner };
}

/** Choice ids of the standard questions by their text. */
function choice(made: Awaited<ReturnType<typeof setup>>, q: number, text: string): number {
  return made.questions[q]!.choices.find((c) => c.textHtml === text)!.id;
}

async function completionState(userId: number, activityId: number) {
  return (await db.activityCompletion.findUnique({ where: { activityId_userId: { activityId, userId } } }))?.state;
}

describe('starting an attempt', () => {
  it('refuses learners who are not enrolled, and activities that are not quizzes', async () => {
    const s = await setup();
    const stranger = await makeUser();
    await expect(startAttempt(stranger, s.activity.id)).rejects.toThrow(ForbiddenError);
    const page = await db.activity.create({ data: { courseId: s.course.id, type: 'PAGE', name: 'Read me' } });
    await expect(startAttempt(s.learner, page.id)).rejects.toThrow(NotFoundError);
  });

  it('refuses while a restriction is unmet and says why', async () => {
    const s = await setup();
    const elearning = await db.activity.create({
      data: { courseId: s.course.id, type: 'SCORM', name: 'Data Protection eLearning' },
    });
    await db.activityRestriction.create({ data: { activityId: s.activity.id, requiredActivityId: elearning.id } });
    await expect(startAttempt(s.learner, s.activity.id)).rejects.toThrow(/Data Protection eLearning/);
    const view = await getQuizView(s.learner, s.activity.id);
    expect(view.available).toBe(false);
    expect(view.lockedReasons.join()).toMatch(/Data Protection eLearning/);
  });

  it('opens one attempt when started in parallel (double click, two tabs)', async () => {
    const s = await setup({ attemptsAllowed: 1 });
    const results = await Promise.all([1, 2, 3, 4].map(() => startAttempt(s.learner, s.activity.id)));
    expect(new Set(results.map((r) => r.attemptId)).size).toBe(1);
    expect(await db.quizAttempt.count({ where: { quizId: s.quiz.id } })).toBe(1);
  });

  it('stops at the attempts allowed', async () => {
    const s = await setup({ attemptsAllowed: 1 });
    const { attemptId } = await startAttempt(s.learner, s.activity.id);
    await finishAttempt(s.learner, attemptId);
    await expect(startAttempt(s.learner, s.activity.id)).rejects.toThrow(new UserError('No more attempts are allowed'));
    expect((await getQuizView(s.learner, s.activity.id)).button).toEqual({
      kind: 'NONE',
      message: 'No more attempts are allowed',
    });
  });
});

describe('taking an attempt', () => {
  it('sends no fractions or feedback to the attempt and summary pages', async () => {
    const s = await setup({ questionsPerPage: 0 });
    const { attemptId } = await startAttempt(s.learner, s.activity.id);
    const page = await getAttemptPage(s.learner, attemptId);
    const summary = await getAttemptSummary(s.learner, attemptId);
    const payload = JSON.stringify([page, summary]);
    expect(page.open && page.questions).toHaveLength(3);
    expect(payload).not.toMatch(/fraction|feedback/i);
    expect(payload).not.toContain('Right: UK GDPR');
    expect(payload).not.toContain('Personal data is covered');
  });

  it('saves answers on the server and resumes on the same page', async () => {
    const s = await setup();
    const { attemptId } = await startAttempt(s.learner, s.activity.id);
    const multi = [choice(s, 1, 'A name'), choice(s, 1, 'An email address')];
    await saveResponses(s.learner, attemptId, { answers: [{ slot: 2, choiceIds: multi }], currentPage: 3 });
    const resumed = await getAttemptPage(s.learner, attemptId);
    expect(resumed.open && resumed.page).toBe(3);
    const back = await getAttemptPage(s.learner, attemptId, 2);
    expect(back.open && back.questions[0]!.selectedIds.sort()).toEqual([...multi].sort());
    const summary = await getAttemptSummary(s.learner, attemptId);
    expect(summary.open && summary.nav.map((n) => n.status)).toEqual([
      'Not yet answered',
      'Answer saved',
      'Not yet answered',
    ]);
  });

  it('rejects choices from another question and several answers to a single-answer question', async () => {
    const s = await setup();
    const { attemptId } = await startAttempt(s.learner, s.activity.id);
    await expect(
      saveResponses(s.learner, attemptId, { answers: [{ slot: 1, choiceIds: [choice(s, 2, 'True')] }] }),
    ).rejects.toThrow(ValidationError);
    const both = s.questions[0]!.choices.map((c) => c.id);
    await expect(saveResponses(s.learner, attemptId, { answers: [{ slot: 1, choiceIds: both }] })).rejects.toThrow(
      ValidationError,
    );
    await expect(saveResponses(s.learner, attemptId, { answers: [{ slot: 9, choiceIds: [] }] })).rejects.toThrow(
      ValidationError,
    );
  });

  it("never shows or changes someone else's attempt", async () => {
    const s = await setup();
    const { attemptId } = await startAttempt(s.learner, s.activity.id);
    const other = await makeUser();
    await enrol(other.id, s.course.id);
    await expect(getAttemptPage(other, attemptId)).rejects.toThrow(NotFoundError);
    await expect(getAttemptSummary(other, attemptId)).rejects.toThrow(NotFoundError);
    await expect(saveResponses(other, attemptId, { answers: [] })).rejects.toThrow(NotFoundError);
    await expect(finishAttempt(other, attemptId)).rejects.toThrow(NotFoundError);
    await expect(getAttemptReview(other, attemptId)).rejects.toThrow(NotFoundError);
  });
});

describe('finishing and grading', () => {
  it('grades on the server, completes the activity as passed and shows the review', async () => {
    const s = await setup({
      bands: [
        { minPercent: 0, feedback: 'Sorry, not this time.' },
        { minPercent: 70, feedback: 'Well done.' },
      ],
    });
    const { attemptId } = await startAttempt(s.learner, s.activity.id);
    await saveResponses(s.learner, attemptId, {
      answers: [
        { slot: 1, choiceIds: [choice(s, 0, 'UK GDPR')] },
        { slot: 2, choiceIds: [choice(s, 1, 'A name')] },
        { slot: 3, choiceIds: [choice(s, 2, 'False')] },
      ],
    });
    const result = await finishAttempt(s.learner, attemptId);
    expect(result).toEqual({ state: 'FINISHED', gradedNow: true });
    const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    // 2 + 0.5 + 1 = 3.5 of 4 marks = 87.5% = 8.75 / 10.
    expect(Number(attempt.sumMarks)).toBe(3.5);
    expect(Number(attempt.grade)).toBe(8.75);
    expect(attempt.openFlag).toBeNull();
    expect(await completionState(s.learner.id, s.activity.id)).toBe('COMPLETE_PASS');

    const review = await getAttemptReview(s.learner, attemptId);
    if (!review.closed) throw new Error('expected a closed attempt');
    expect(review.percent).toBe(87.5);
    expect(review.overallFeedback).toBe('Well done.');
    expect(review.questions.map((q) => q.outcome)).toEqual(['Correct', 'Partially correct', 'Correct']);
    expect(review.questions[0]!.choices.find((c) => c.selected)!.feedback).toMatch(/^Right: UK GDPR/);
    expect(review.questions[1]!.rightAnswer).toEqual(expect.arrayContaining(['A name', 'An email address']));
    expect(review.questions[0]!.generalFeedback).toBe('Personal data is covered by UK GDPR.');

    const view = await getQuizView(s.learner, s.activity.id);
    expect(view.finalGrade).toBe(8.75);
    expect(view.passed).toBe(true);
    expect(view.attempts[0]).toMatchObject({ number: 1, state: 'FINISHED', feedback: 'Well done.' });
    expect(view.button.kind).toBe('REATTEMPT');
  });

  it('records a fail as complete-fail, with negative choices clamped at zero', async () => {
    const s = await setup();
    const { attemptId } = await startAttempt(s.learner, s.activity.id);
    await saveResponses(s.learner, attemptId, {
      answers: [
        { slot: 2, choiceIds: [choice(s, 1, 'The weather'), choice(s, 1, 'A name')] },
        { slot: 3, choiceIds: [choice(s, 2, 'True')] },
      ],
    });
    await finishAttempt(s.learner, attemptId);
    const responses = await db.quizResponse.findMany({ where: { attemptId }, orderBy: { slot: 'asc' } });
    expect(responses.map((r) => Number(r.mark))).toEqual([0, 0, 0]);
    expect(await completionState(s.learner.id, s.activity.id)).toBe('COMPLETE_FAIL');
  });

  it('grades once when submitted several times at once', async () => {
    const s = await setup();
    const { attemptId } = await startAttempt(s.learner, s.activity.id);
    await saveResponses(s.learner, attemptId, { answers: [{ slot: 1, choiceIds: [choice(s, 0, 'UK GDPR')] }] });
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => finishAttempt(s.learner, attemptId)));
    expect(results.filter((r) => r.gradedNow)).toHaveLength(1);
    expect(results.every((r) => r.state === 'FINISHED')).toBe(true);
    const late = await saveResponses(s.learner, attemptId, {
      answers: [{ slot: 3, choiceIds: [choice(s, 2, 'False')] }],
    });
    expect(late).toEqual({ status: 'closed', state: 'FINISHED' });
  });

  it('uses the grading method across attempts (last attempt)', async () => {
    const s = await setup({ gradingMethod: 'LAST' });
    const first = await startAttempt(s.learner, s.activity.id);
    await saveResponses(s.learner, first.attemptId, {
      answers: [
        { slot: 1, choiceIds: [choice(s, 0, 'UK GDPR')] },
        { slot: 2, choiceIds: [choice(s, 1, 'A name'), choice(s, 1, 'An email address')] },
        { slot: 3, choiceIds: [choice(s, 2, 'False')] },
      ],
    });
    await finishAttempt(s.learner, first.attemptId);
    expect(await completionState(s.learner.id, s.activity.id)).toBe('COMPLETE_PASS');
    const second = await startAttempt(s.learner, s.activity.id);
    expect(second.attemptId).not.toBe(first.attemptId);
    await finishAttempt(s.learner, second.attemptId);
    expect(await completionState(s.learner.id, s.activity.id)).toBe('COMPLETE_FAIL');
    const view = await getQuizView(s.learner, s.activity.id);
    expect(view.finalGrade).toBe(0);
    expect(view.attempts.map((a) => a.number)).toEqual([1, 2]);
  });
});

describe('time limit', () => {
  it('closes an attempt past its limit even if the learner never comes back', async () => {
    const s = await setup({ timeLimitSeconds: 60 });
    const t0 = new Date(Date.now() - 10 * 60_000);
    const { attemptId } = await startAttempt(s.learner, s.activity.id, t0);
    await saveResponses(s.learner, attemptId, { answers: [{ slot: 1, choiceIds: [choice(s, 0, 'UK GDPR')] }] }, t0);
    expect(await unsafeCloseAllOverdueAttempts(new Date(t0.getTime() + 30_000))).toBe(0);
    expect(await unsafeCloseAllOverdueAttempts(new Date(t0.getTime() + 120_000))).toBe(1);
    const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt.state).toBe('FINISHED');
    expect(attempt.finishedAt).toEqual(new Date(t0.getTime() + 60_000));
    expect(Number(attempt.sumMarks)).toBe(2);
    expect(await completionState(s.learner.id, s.activity.id)).toBe('COMPLETE_FAIL');
  });

  it('closes an overdue attempt on the next read or write', async () => {
    const s = await setup({ timeLimitSeconds: 60, overdueHandling: 'ABANDON' });
    const t0 = new Date(Date.now() - 10 * 60_000);
    const { attemptId } = await startAttempt(s.learner, s.activity.id, t0);
    const save = await saveResponses(s.learner, attemptId, {
      answers: [{ slot: 1, choiceIds: [choice(s, 0, 'UK GDPR')] }],
    });
    expect(save).toEqual({ status: 'closed', state: 'ABANDONED' });
    expect(await getAttemptPage(s.learner, attemptId)).toEqual({ open: false, activityId: s.activity.id });
    expect(await db.quizResponse.count({ where: { attemptId } })).toBe(0);
  });

  it('lets a grace-period attempt be submitted but not changed', async () => {
    const s = await setup({ timeLimitSeconds: 60, overdueHandling: 'GRACE_PERIOD' });
    const t0 = new Date(Date.now() - 2 * 60_000);
    const { attemptId } = await startAttempt(s.learner, s.activity.id, t0);
    expect(await saveResponses(s.learner, attemptId, { answers: [] })).toEqual({ status: 'overdue' });
    expect((await getAttemptPage(s.learner, attemptId)).open).toBe(true);
    expect(await finishAttempt(s.learner, attemptId)).toMatchObject({ state: 'FINISHED' });
  });
});

describe('resetting a course', () => {
  it('archives attempts so the learner starts afresh with a full allowance', async () => {
    const s = await setup({ attemptsAllowed: 1 });
    const first = await startAttempt(s.learner, s.activity.id);
    await finishAttempt(s.learner, first.attemptId);
    const other = await makeUser();
    await enrol(other.id, s.course.id);
    const theirs = await startAttempt(other, s.activity.id);

    const archived = await db.$transaction((tx) =>
      archiveQuizAttempts(tx, { userId: s.learner.id, courseId: s.course.id }),
    );
    expect(archived).toBe(1);
    const view = await getQuizView(s.learner, s.activity.id);
    expect(view.attempts).toEqual([]);
    expect(view.button.kind).toBe('START');
    const again = await startAttempt(s.learner, s.activity.id);
    expect(again.attemptId).not.toBe(first.attemptId);
    // Another learner's attempts are untouched.
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: theirs.attemptId } })).archivedAt).toBeNull();
  });
});

describe('course reset through the completion engine', () => {
  it('archives attempts and clears the quiz completion when the course is reset', async () => {
    const { resetCourseForUser } = await import('@/lib/course-reset/commands');
    const s = await setup({ attemptsAllowed: 1 });
    const { attemptId } = await startAttempt(s.learner, s.activity.id);
    await finishAttempt(s.learner, attemptId);
    expect(await completionState(s.learner.id, s.activity.id)).toBe('COMPLETE_FAIL');
    await resetCourseForUser(db, { userId: s.learner.id, courseId: s.course.id, reason: 'RECERTIFICATION' });
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).archivedAt).not.toBeNull();
    expect(await completionState(s.learner.id, s.activity.id)).toBeUndefined();
    expect((await getQuizView(s.learner, s.activity.id)).button.kind).toBe('START');
  });
});

describe('sequential navigation', () => {
  it('moves forward only: earlier pages cannot be shown or changed', async () => {
    const s = await setup();
    await db.quiz.update({ where: { id: s.quiz.id }, data: { navigation: 'SEQUENTIAL' } });
    const { attemptId } = await startAttempt(s.learner, s.activity.id);
    await saveResponses(s.learner, attemptId, {
      answers: [{ slot: 1, choiceIds: [choice(s, 0, 'UK GDPR')] }],
      currentPage: 2,
    });
    // Asking for page 1 again shows page 2, and a stale page 1 cannot go back.
    const page = await getAttemptPage(s.learner, attemptId, 1);
    expect(page.open && page.page).toBe(2);
    await saveResponses(s.learner, attemptId, { answers: [], currentPage: 1 });
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).currentPage).toBe(2);
    await expect(
      saveResponses(s.learner, attemptId, { answers: [{ slot: 1, choiceIds: [choice(s, 0, 'Highway Code')] }] }),
    ).rejects.toThrow(ValidationError);
  });
});

describe('the close-overdue job', () => {
  it('is registered to run every minute and closes attempts past their limit', async () => {
    const { jobs, schedules } = await import('@/lib/jobs/registry');
    const { quizCloseOverdueJob } = await import('@/lib/quiz/jobs');
    expect(jobs).toContain(quizCloseOverdueJob);
    expect(schedules.find((s) => s.job === quizCloseOverdueJob)?.cron).toBe('* * * * *');

    const s = await setup({ timeLimitSeconds: 60 });
    const { attemptId } = await startAttempt(s.learner, s.activity.id, new Date(Date.now() - 5 * 60_000));
    await quizCloseOverdueJob.handler({}, { jobId: 'test', retryCount: 0, isLastAttempt: false });
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).state).toBe('FINISHED');
  });
});
