// Test data for quizzes: people, a course with a quiz activity, questions and enrolments.
import { db } from '@/lib/db';
import type { Viewer } from '@/lib/auth/viewer';

let seq = 0;
const next = () => `${process.pid}-${++seq}`;

export async function makeUser(opts: { teamId?: number; isSiteAdmin?: boolean } = {}): Promise<Viewer> {
  const n = next();
  const org = await db.organisation.upsert({
    where: { slug: 'test-org' },
    create: { slug: 'test-org', name: 'Test Council', shortName: 'TC' },
    update: {},
  });
  const user = await db.user.create({
    data: {
      username: `user-${n}`,
      firstName: 'Test',
      lastName: `User ${n}`,
      email: `user-${n}@example.test`,
      organisationId: org.id,
      isSiteAdmin: opts.isSiteAdmin ?? false,
    },
  });
  if (opts.teamId) await db.ldTeamMember.create({ data: { teamId: opts.teamId, userId: user.id } });
  return {
    id: user.id,
    username: user.username,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    organisationId: org.id,
    isSiteAdmin: user.isSiteAdmin,
    ldTeamIds: opts.teamId ? [opts.teamId] : [],
    isManager: false,
    mustChangePassword: false,
    authMethod: 'MANUAL',
  };
}

export async function makeTeam(): Promise<number> {
  return (await db.ldTeam.create({ data: { name: `Team ${next()}` } })).id;
}

export async function makeCourse(opts: { ownerTeamId?: number } = {}) {
  const n = next();
  const category = await db.category.create({ data: { name: `Category ${n}` } });
  return db.course.create({
    data: {
      shortName: `C-${n}`,
      fullName: `Course ${n}`,
      categoryId: category.id,
      ownerTeamId: opts.ownerTeamId ?? null,
    },
  });
}

type QuestionSpec = {
  type?: 'SINGLE_CHOICE' | 'MULTI_CHOICE' | 'TRUE_FALSE';
  text?: string;
  mark?: number;
  choices: { text: string; fraction: number; feedback?: string }[];
  generalFeedback?: string;
};

export async function makeQuestion(courseId: number, spec: QuestionSpec) {
  return db.question.create({
    data: {
      courseId,
      type: spec.type ?? 'SINGLE_CHOICE',
      name: spec.text ?? 'Question',
      textHtml: spec.text ?? 'Question',
      generalFeedback: spec.generalFeedback ?? null,
      choices: {
        create: spec.choices.map((c, i) => ({
          textHtml: c.text,
          fraction: c.fraction,
          feedback: c.feedback ?? null,
          sortOrder: i,
        })),
      },
    },
    include: { choices: { orderBy: { sortOrder: 'asc' } } },
  });
}

/** A quiz activity with its questions in slots (one per page unless questionsPerPage says otherwise). */
export async function makeQuiz(
  courseId: number,
  questions: QuestionSpec[],
  settings: Partial<{
    passPercent: number | null;
    attemptsAllowed: number;
    gradingMethod: 'HIGHEST' | 'AVERAGE' | 'FIRST' | 'LAST';
    timeLimitSeconds: number | null;
    overdueHandling: 'AUTOSUBMIT' | 'GRACE_PERIOD' | 'ABANDON';
    questionsPerPage: number;
    requirePassingGrade: boolean;
    reviewShowRightAnswer: boolean;
    bands: { minPercent: number; feedback: string }[];
  }> = {},
) {
  const activity = await db.activity.create({
    data: {
      courseId,
      type: 'QUIZ',
      name: `Quiz ${next()}`,
      requirePassingGrade: settings.requirePassingGrade ?? true,
      requireGrade: true,
    },
  });
  const made = [];
  for (const q of questions) made.push(await makeQuestion(courseId, q));
  const quiz = await db.quiz.create({
    data: {
      activityId: activity.id,
      passPercent: settings.passPercent === undefined ? 70 : settings.passPercent,
      attemptsAllowed: settings.attemptsAllowed ?? 0,
      gradingMethod: settings.gradingMethod ?? 'HIGHEST',
      timeLimitSeconds: settings.timeLimitSeconds ?? null,
      overdueHandling: settings.overdueHandling ?? 'AUTOSUBMIT',
      questionsPerPage: settings.questionsPerPage ?? 1,
      reviewShowRightAnswer: settings.reviewShowRightAnswer ?? true,
      slots: {
        create: made.map((q, i) => ({
          questionId: q.id,
          slot: i + 1,
          page: i + 1,
          maxMark: questions[i]!.mark ?? 1,
        })),
      },
      feedbackBands: { create: settings.bands ?? [] },
    },
  });
  return { activity, quiz, questions: made };
}

export async function enrol(userId: number, courseId: number) {
  await db.enrolment.create({ data: { userId, courseId, source: 'SELF' } });
}

/** The standard three-question quiz most tests use: single (2 marks), multi, true/false. */
export function standardQuestions(): QuestionSpec[] {
  return [
    {
      text: 'Which law covers personal data in the UK?',
      mark: 2,
      choices: [
        { text: 'UK GDPR', fraction: 1, feedback: 'Right: UK GDPR and the Data Protection Act 2018.' },
        { text: 'Highway Code', fraction: 0, feedback: 'No, that is for road users.' },
      ],
      generalFeedback: 'Personal data is covered by UK GDPR.',
    },
    {
      type: 'MULTI_CHOICE',
      text: 'Which of these are personal data?',
      choices: [
        { text: 'A name', fraction: 0.5, feedback: 'Yes, a name identifies a person.' },
        { text: 'An email address', fraction: 0.5 },
        { text: 'The weather', fraction: -1, feedback: 'The weather does not identify anyone.' },
      ],
    },
    {
      type: 'TRUE_FALSE',
      text: 'You may share passwords with colleagues.',
      choices: [
        { text: 'True', fraction: 0 },
        { text: 'False', fraction: 1 },
      ],
    },
  ];
}
