// zod schemas for the feedback activity: the learner's submission and L&D's form and question editors.
import { z } from 'zod';
import { idSchema, isPlainText, isWallClock, nameSchema, NUL_MESSAGE, plainTextSchema } from '@/lib/validation';
import { wallClockToUtc } from '@/lib/workshops/rules';

const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'yes');
const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .refine(isPlainText, NUL_MESSAGE)
    .optional()
    .transform((v) => (v ? v : null));

/** The submit form: the activity, and every `item-<id>` field as given (checked against the questions in lib). */
export const submitFeedbackSchema = z.object({
  activityId: idSchema,
  answers: z.record(z.string().regex(/^item-\d{1,10}$/), z.string().max(10_000)),
});

/** The form fields of a submission: activityId plus each `item-<id>` answer. */
export function submitFeedbackInput(formData: FormData): unknown {
  const answers: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('item-') && typeof value === 'string') answers[key] = value;
  }
  return { activityId: formData.get('activityId'), answers };
}

/** A date and time from a datetime-local input, in UK time; empty is none. */
const optionalWallClock = z
  .preprocess(
    (v) => (v === '' || v == null ? null : v),
    z.string().trim().refine(isWallClock, 'Enter a real date and time, for example 24/11/2026 09:30').nullable(),
  )
  .transform((v) => (v ? wallClockToUtc(v) : null));

export const feedbackSettingsSchema = z
  .object({
    activityId: idSchema,
    anonymous: checkbox,
    introHtml: optionalText(5000, 'Introduction'),
    thankYouText: optionalText(1000, 'Thank-you message'),
    opensAt: optionalWallClock,
    closesAt: optionalWallClock,
  })
  .superRefine((v, ctx) => {
    if (v.opensAt && v.closesAt && v.closesAt <= v.opensAt)
      ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'The closing time must be after the opening time' });
  });
export type FeedbackSettingsInput = z.infer<typeof feedbackSettingsSchema>;

export const FEEDBACK_ITEM_TYPES = ['DROPDOWN', 'SCALE', 'SHORT_TEXT', 'LONG_TEXT', 'LABEL'] as const;

export const feedbackItemSchema = z
  .object({
    type: z.enum(FEEDBACK_ITEM_TYPES, { message: 'Choose the type of question' }),
    label: plainTextSchema(500, { label: 'Question', min: 1, required: 'Enter the question' }),
    hint: optionalText(500, 'Hint'),
    groupLabel: optionalText(500, 'Group heading'),
    /** One choice a line (dropdowns only). */
    options: z
      .string()
      .optional()
      .transform((v) =>
        (v ?? '')
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean),
      )
      .pipe(
        z
          .array(nameSchema(200, { label: 'Each choice' }))
          .max(100, 'A dropdown can have at most 100 choices')
          .refine((list) => new Set(list).size === list.length, 'Each choice must be different'),
      ),
    required: checkbox,
  })
  .superRefine((v, ctx) => {
    if (v.type === 'DROPDOWN' && v.options.length < 2)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Enter at least 2 choices, one on each line' });
  });
export type FeedbackItemInput = z.infer<typeof feedbackItemSchema>;
