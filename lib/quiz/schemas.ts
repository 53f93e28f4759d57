// zod schemas for quiz forms, actions and the autosave endpoint.
import { z } from 'zod';
import { idSchema, nameSchema, optionalIdSchema } from '@/lib/validation';

const id = idSchema;

export const answersSchema = z.array(z.object({ slot: idSchema, choiceIds: z.array(idSchema).max(50) })).max(500);

/** The autosave endpoint's JSON body (also sent with keepalive when the learner leaves the page). */
export const autosaveSchema = z.object({ answers: answersSchema, currentPage: idSchema.optional() });

/** The attempt form as the schema reads it: "slots" lists the questions shown, "q<slot>" the chosen choices. */
export function attemptPageInput(formData: FormData) {
  return {
    attemptId: formData.get('attemptId'),
    goto: formData.get('goto'),
    answers: formData.getAll('slots').map((slot) => ({
      slot,
      choiceIds: formData.getAll(`q${String(slot)}`).filter((v) => v !== ''),
    })),
  };
}

export const attemptPageSchema = z.object({
  attemptId: id,
  /** A page number, or "summary" for "Finish attempt…". */
  goto: z.union([z.literal('summary'), id]),
  answers: answersSchema,
});

export const startAttemptSchema = z.object({ activityId: id });
export const finishAttemptSchema = z.object({ attemptId: id, activityId: id });

const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());
const optionalNumber = (schema: z.ZodNumber) =>
  z.preprocess(
    (v) => (v === '' || v === null || v === undefined ? null : v),
    z.coerce.number().pipe(schema).nullable(),
  );

export const MAX_CHOICES = 8;
export const MAX_BANDS = 5;

export const quizSettingsSchema = z.object({
  name: nameSchema(200, { label: 'Quiz name', required: 'Enter the quiz name' }),
  introHtml: z.string().trim().max(5000, 'Introduction must be 5,000 characters or fewer'),
  maxGrade: z.coerce
    .number({ message: 'Maximum grade must be a number' })
    .min(1, 'Maximum grade must be at least 1')
    .max(1000, 'Maximum grade must be 1,000 or less'),
  passPercent: optionalNumber(
    z.number().min(0, 'Pass mark must be between 0 and 100').max(100, 'Pass mark must be between 0 and 100'),
  ),
  attemptsAllowed: z.coerce
    .number()
    .int('Attempts allowed must be a whole number')
    .min(0, 'Attempts allowed must be 0 (unlimited) to 10')
    .max(10, 'Attempts allowed must be 0 (unlimited) to 10'),
  gradingMethod: z.enum(['HIGHEST', 'AVERAGE', 'FIRST', 'LAST'], { message: 'Choose a grading method' }),
  timeLimitMinutes: optionalNumber(
    z
      .number()
      .int('Time limit must be whole minutes')
      .min(1, 'Time limit must be at least 1 minute')
      .max(1440, 'Time limit must be 1,440 minutes (24 hours) or less'),
  ),
  overdueHandling: z.enum(['AUTOSUBMIT', 'GRACE_PERIOD', 'ABANDON'], {
    message: 'Choose what happens when time runs out',
  }),
  questionsPerPage: z.coerce
    .number()
    .int()
    .min(0, 'Questions per page must be 0 (all) to 50')
    .max(50, 'Questions per page must be 0 (all) to 50'),
  navigation: z.enum(['FREE', 'SEQUENTIAL'], { message: 'Choose a navigation method' }),
  shuffleChoices: checkbox,
  reviewShowCorrectness: checkbox,
  reviewShowMarks: checkbox,
  reviewShowFeedback: checkbox,
  reviewShowRightAnswer: checkbox,
  reviewShowGeneralFeedback: checkbox,
  reviewShowOverallFeedback: checkbox,
  bands: z
    .array(
      z.object({
        minPercent: optionalNumber(
          z
            .number()
            .min(0, 'Grade boundary must be between 0 and 100')
            .max(100, 'Grade boundary must be between 0 and 100'),
        ),
        feedback: z.string().trim().max(2000, 'Feedback must be 2,000 characters or fewer'),
      }),
    )
    .max(MAX_BANDS),
});
export type QuizSettingsInput = z.infer<typeof quizSettingsSchema>;

export const questionSchema = z.object({
  type: z.enum(['SINGLE_CHOICE', 'MULTI_CHOICE', 'TRUE_FALSE'], { message: 'Choose a question type' }),
  name: nameSchema(200, { label: 'Name', required: 'Enter a short name for the question' }),
  textHtml: z
    .string()
    .trim()
    .min(1, 'Enter the question text')
    .max(5000, 'Question text must be 5,000 characters or fewer'),
  generalFeedback: z.string().trim().max(2000, 'General feedback must be 2,000 characters or fewer'),
  defaultMark: z.coerce
    .number({ message: 'Default mark must be a number' })
    .min(0.1, 'Default mark must be at least 0.1')
    .max(100, 'Default mark must be 100 or less'),
  shuffleChoices: checkbox,
  choices: z
    .array(
      z.object({
        id: optionalIdSchema,
        textHtml: z.string().trim().max(1000, 'Choice text must be 1,000 characters or fewer'),
        /** Percentage of the question's mark, -100 to 100. */
        percent: z.coerce
          .number({ message: 'Grade must be a number' })
          .min(-100, 'Grade must be between -100% and 100%')
          .max(100, 'Grade must be between -100% and 100%'),
        feedback: z.string().trim().max(1000, 'Feedback must be 1,000 characters or fewer'),
      }),
    )
    .max(MAX_CHOICES),
});
export type QuestionInput = z.infer<typeof questionSchema>;

/** Reads the question form (choices as choice.N.text / .percent / .feedback / .id rows). */
export function questionFromForm(formData: FormData): Record<string, unknown> {
  const str = (key: string) => String(formData.get(key) ?? '');
  const choices = Array.from({ length: MAX_CHOICES }, (_, i) => ({
    id: str(`choice.${i}.id`) || null,
    textHtml: str(`choice.${i}.text`),
    percent: str(`choice.${i}.percent`) || '0',
    feedback: str(`choice.${i}.feedback`),
  }));
  return {
    type: str('type'),
    name: str('name'),
    textHtml: str('textHtml'),
    generalFeedback: str('generalFeedback'),
    defaultMark: str('defaultMark') || '1',
    shuffleChoices: formData.get('shuffleChoices'),
    choices,
  };
}

export function quizSettingsFromForm(formData: FormData): Record<string, unknown> {
  const get = (key: string) => formData.get(key) ?? '';
  return {
    name: get('name'),
    introHtml: get('introHtml'),
    maxGrade: get('maxGrade'),
    passPercent: get('passPercent'),
    attemptsAllowed: get('attemptsAllowed'),
    gradingMethod: get('gradingMethod'),
    timeLimitMinutes: get('timeLimitMinutes'),
    overdueHandling: get('overdueHandling'),
    questionsPerPage: get('questionsPerPage'),
    navigation: get('navigation'),
    shuffleChoices: formData.get('shuffleChoices'),
    reviewShowCorrectness: formData.get('reviewShowCorrectness'),
    reviewShowMarks: formData.get('reviewShowMarks'),
    reviewShowFeedback: formData.get('reviewShowFeedback'),
    reviewShowRightAnswer: formData.get('reviewShowRightAnswer'),
    reviewShowGeneralFeedback: formData.get('reviewShowGeneralFeedback'),
    reviewShowOverallFeedback: formData.get('reviewShowOverallFeedback'),
    bands: Array.from({ length: MAX_BANDS }, (_, i) => ({
      minPercent: get(`band.${i}.minPercent`),
      feedback: get(`band.${i}.feedback`),
    })),
  };
}
