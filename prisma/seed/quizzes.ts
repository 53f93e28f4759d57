// Quiz settings, the course question banks (single choice, multiple choice, true/false) and feedback bands.
import type { SeedContext } from './context';
import type { SeededCourse } from './catalogue';

type ChoiceSpec = { text: string; fraction: number; feedback?: string };
type QuestionSpec = {
  type: 'SINGLE_CHOICE' | 'MULTI_CHOICE' | 'TRUE_FALSE';
  name: string;
  text: string;
  general?: string;
  choices: ChoiceSpec[];
};

const TRY_AGAIN = "Sorry that's not quite right - please try again.";

const HS_QUESTIONS: QuestionSpec[] = [
  {
    type: 'SINGLE_CHOICE',
    name: 'Hazard definition',
    text: '<p>A definition of a hazard is:</p>',
    general: 'A hazard is anything with the potential to cause harm. Risk is how likely that harm is.',
    choices: [
      { text: 'Using a wet cloth?', fraction: 0, feedback: TRY_AGAIN },
      { text: 'Tripping on a trailing wire?', fraction: 0, feedback: TRY_AGAIN },
      { text: 'Anything with the potential to cause harm', fraction: 1, feedback: 'Correct.' },
    ],
  },
  {
    type: 'SINGLE_CHOICE',
    name: 'Reporting accidents',
    text: '<p>Who should you tell first if you have an accident at work?</p>',
    choices: [
      {
        text: 'Your line manager',
        fraction: 1,
        feedback: 'Correct. Your manager then records it on the accident reporting system.',
      },
      { text: 'Nobody, if you are not hurt', fraction: 0, feedback: TRY_AGAIN },
      { text: 'The Health and Safety Executive', fraction: 0, feedback: TRY_AGAIN },
    ],
  },
  {
    type: 'MULTI_CHOICE',
    name: 'Employee duties',
    text: '<p>Which of these are your duties as an employee? Select all that apply.</p>',
    choices: [
      { text: 'Take reasonable care of your own health and safety', fraction: 0.5 },
      { text: 'Co-operate with your employer on health and safety', fraction: 0.5 },
      { text: 'Write the council’s risk assessments', fraction: -0.5, feedback: 'That is a manager’s job.' },
    ],
  },
  {
    type: 'TRUE_FALSE',
    name: 'Fire doors',
    text: '<p>It is fine to prop open a fire door on a hot day.</p>',
    choices: [
      { text: 'True', fraction: 0, feedback: TRY_AGAIN },
      { text: 'False', fraction: 1, feedback: 'Correct. Fire doors only work when they are closed.' },
    ],
  },
  {
    type: 'TRUE_FALSE',
    name: 'Risk assessment',
    text: '<p>A risk assessment should be reviewed when something changes.</p>',
    choices: [
      { text: 'True', fraction: 1, feedback: 'Correct.' },
      { text: 'False', fraction: 0, feedback: TRY_AGAIN },
    ],
  },
];

const DP_QUESTIONS: QuestionSpec[] = [
  {
    type: 'SINGLE_CHOICE',
    name: 'Personal data',
    text: '<p>Which of these is personal data?</p>',
    choices: [
      { text: 'A resident’s name and address', fraction: 1, feedback: 'Correct.' },
      { text: 'The council’s annual budget', fraction: 0, feedback: TRY_AGAIN },
      { text: 'A bus timetable', fraction: 0, feedback: TRY_AGAIN },
    ],
  },
  {
    type: 'SINGLE_CHOICE',
    name: 'Breach reporting',
    text: '<p>You email a report to the wrong person. What should you do first?</p>',
    choices: [
      {
        text: 'Report it straight away as a data breach',
        fraction: 1,
        feedback: 'Correct. Breaches must be assessed within 72 hours.',
      },
      { text: 'Wait to see whether anyone complains', fraction: 0, feedback: TRY_AGAIN },
    ],
  },
  {
    type: 'MULTI_CHOICE',
    name: 'Special category data',
    text: '<p>Which of these are special category data? Select all that apply.</p>',
    choices: [
      { text: 'Health information', fraction: 0.5 },
      { text: 'Ethnic origin', fraction: 0.5 },
      { text: 'Job title', fraction: -0.5, feedback: 'Job title is personal data but not special category data.' },
    ],
  },
  {
    type: 'TRUE_FALSE',
    name: 'Subject access',
    text: '<p>People have the right to ask for a copy of the information we hold about them.</p>',
    choices: [
      { text: 'True', fraction: 1, feedback: 'Correct. This is a subject access request.' },
      { text: 'False', fraction: 0, feedback: TRY_AGAIN },
    ],
  },
  {
    type: 'TRUE_FALSE',
    name: 'Retention',
    text: '<p>We may keep personal data for as long as we like.</p>',
    choices: [
      { text: 'True', fraction: 0, feedback: TRY_AGAIN },
      { text: 'False', fraction: 1, feedback: 'Correct. Follow the retention schedule.' },
    ],
  },
];

export type QuizInfo = {
  quizId: number;
  maxGrade: number;
  passPercent: number;
  /** Per slot: question id, its mark, all choice ids in order and the ids of the choices that earn marks. */
  slots: {
    slot: number;
    questionId: number;
    maxMark: number;
    choiceIds: number[];
    correctIds: number[];
    wrongIds: number[];
  }[];
};

const QUIZZES: { course: string; maxGrade: number; questions: QuestionSpec[]; bands: [number, string][] }[] = [
  {
    course: 'INTROHS',
    maxGrade: 15,
    questions: HS_QUESTIONS,
    bands: [
      [80, 'Well done! You have passed the Introduction to Health and Safety quiz.'],
      [
        0,
        "Sorry! You haven't reached the necessary level to pass the course. Don't worry though, have another look at the eLearning and try again.",
      ],
    ],
  },
  {
    course: 'DATAPROT',
    maxGrade: 10,
    questions: DP_QUESTIONS,
    bands: [
      [80, 'Well done, you have passed the Data Protection Assessment. Your certificate is now available.'],
      [0, 'You have not reached the pass mark of 80% this time. Look again at the eLearning and try again.'],
    ],
  },
];

export async function seedQuizzes(
  ctx: SeedContext,
  courses: Map<string, SeededCourse>,
): Promise<Map<string, QuizInfo>> {
  const { db } = ctx;
  const out = new Map<string, QuizInfo>();
  for (const spec of QUIZZES) {
    const course = courses.get(spec.course);
    const activity = course?.activities.find((a) => a.type === 'QUIZ');
    if (!course || !activity) throw new Error(`Seed: quiz course ${spec.course} missing`);
    const quiz = await db.quiz.create({
      data: {
        activityId: activity.id,
        introHtml: `<p>Answer every question, then select "Finish attempt". You need ${80}% to pass. There is no limit on attempts.</p>`,
        maxGrade: spec.maxGrade,
        passPercent: 80,
        attemptsAllowed: 0,
        gradingMethod: 'HIGHEST',
        questionsPerPage: 1,
      },
      select: { id: true },
    });
    const questions = await db.question.createManyAndReturn({
      data: spec.questions.map((q) => ({
        courseId: course.id,
        type: q.type,
        name: q.name,
        textHtml: q.text,
        generalFeedback: q.general ?? null,
        shuffleChoices: q.type !== 'TRUE_FALSE',
      })),
      select: { id: true, name: true },
    });
    const qid = (name: string) => questions.find((q) => q.name === name)?.id as number;
    const choices = await db.questionChoice.createManyAndReturn({
      data: spec.questions.flatMap((q) =>
        q.choices.map((c, sortOrder) => ({
          questionId: qid(q.name),
          textHtml: c.text,
          fraction: c.fraction,
          feedback: c.feedback ?? null,
          sortOrder,
        })),
      ),
      select: { id: true, questionId: true, sortOrder: true, fraction: true },
    });
    await db.quizSlot.createMany({
      data: spec.questions.map((q, index) => ({
        quizId: quiz.id,
        questionId: qid(q.name),
        slot: index + 1,
        page: index + 1,
        maxMark: 1,
      })),
    });
    await db.quizFeedbackBand.createMany({
      data: spec.bands.map(([minPercent, feedback]) => ({ quizId: quiz.id, minPercent, feedback })),
    });
    out.set(spec.course, {
      quizId: quiz.id,
      maxGrade: spec.maxGrade,
      passPercent: 80,
      slots: spec.questions.map((q, index) => {
        const mine = choices.filter((c) => c.questionId === qid(q.name)).sort((a, b) => a.sortOrder - b.sortOrder);
        return {
          slot: index + 1,
          questionId: qid(q.name),
          maxMark: 1,
          choiceIds: mine.map((c) => c.id),
          correctIds: mine.filter((c) => Number(c.fraction) > 0).map((c) => c.id),
          wrongIds: mine.filter((c) => Number(c.fraction) <= 0).map((c) => c.id),
        };
      }),
    });
  }
  return out;
}
