// zod schemas for catalogue input (search query strings and admin forms).
import { z } from 'zod';
import {
  idSchema,
  isDateOnly,
  isId,
  isPlainText,
  isSafeName,
  NAME_CHARACTERS_MESSAGE,
  NUL_MESSAGE,
} from '@/lib/validation';

const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optionalText = z.preprocess((v) => {
  const s = one(v);
  return typeof s === 'string' && s.trim() !== '' ? s.trim() : undefined;
}, z.string().max(100).optional());

/** Query string of Find Learning; anything unexpected is ignored rather than failing the page. */
export const catalogueSearchSchema = z.object({
  q: optionalText.catch(undefined),
  kind: z.preprocess(one, z.enum(['course', 'program', 'certification']).optional()).catch(undefined),
  format: z.preprocess(one, z.enum(['ELEARNING', 'WORKSHOP', 'BLENDED']).optional()).catch(undefined),
  categoryId: z.preprocess(one, idSchema.optional()).catch(undefined),
  page: z
    .preprocess((v) => (one(v) ? Number(one(v)) : undefined), z.number().int().min(1).max(10000).optional())
    .catch(undefined),
});

const text = (max: number, message: string) => z.string().trim().max(max, message).refine(isPlainText, NUL_MESSAGE);
const optionalString = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .refine(isPlainText, NUL_MESSAGE)
    .optional()
    .transform((v) => (v ? v : null));
const id = idSchema;
const idList = z
  .string()
  .optional()
  .transform((v) =>
    v
      ? v
          .split('\n')
          .map((line) => line.trim())
          .filter(isId)
          .map(Number)
      : [],
  );
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'yes');

export const categorySchema = z.object({
  name: text(120, 'Name must be 120 characters or fewer')
    .min(1, 'Enter a name')
    .refine(isSafeName, NAME_CHARACTERS_MESSAGE),
  description: optionalString(2000, 'Description'),
  parentId: z.preprocess((v) => (v === '' || v == null ? null : v), id.nullable()),
  ownerTeamId: z.preprocess((v) => (v === '' || v == null ? null : v), id.nullable()),
  sortOrder: z.coerce.number().int().min(0).max(9999).default(0),
  visible: checkbox,
});
export type CategoryInput = z.infer<typeof categorySchema>;

const money = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v.replace(/^£/, '') : ''))
  .pipe(z.string().regex(/^(\d{1,6}(\.\d{1,2})?)?$/, 'Enter a cost in pounds, like 135 or 135.00'))
  .transform((v) => (v === '' ? null : Math.round(Number(v) * 100)));

export const courseSchema = z.object({
  shortName: text(60, 'Short name must be 60 characters or fewer')
    .min(1, 'Enter a short name')
    .regex(/^[A-Za-z0-9 _.\-]+$/, 'Short name can only contain letters, numbers, spaces, dots, dashes and underscores'),
  fullName: text(200, 'Full name must be 200 characters or fewer')
    .min(1, 'Enter the course name')
    .refine(isSafeName, NAME_CHARACTERS_MESSAGE),
  summary: text(1000, 'Summary must be 1000 characters or fewer').default(''),
  aim: optionalString(1000, 'Aim'),
  audienceText: optionalString(500, 'Who it is for'),
  lengthText: optionalString(100, 'Length'),
  cost: money,
  format: z.enum(['ELEARNING', 'WORKSHOP', 'BLENDED', 'OTHER'], { message: 'Choose a format' }),
  keywords: z
    .string()
    .optional()
    .transform((v) =>
      [
        ...new Set(
          (v ?? '')
            .split(',')
            .map((k) => k.trim())
            .filter(Boolean),
        ),
      ].slice(0, 30),
    ),
  overviewHtml: optionalString(20000, 'Overview'),
  instructionsHtml: optionalString(20000, 'Completion instructions'),
  categoryId: id.or(z.literal('').transform(() => undefined)).refine((v) => v !== undefined, 'Choose a category'),
  ownerTeamId: z.preprocess((v) => (v === '' || v == null ? null : v), id.nullable()),
  smeName: optionalString(200, 'Subject matter expert'),
  contactText: optionalString(500, 'Contact details'),
  contactEmail: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(z.email('Enter an email address like name@example.com').nullable()),
  lastReviewedAt: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || isDateOnly(v), 'Enter a real date')
    .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : null)),
  visibility: z.enum(['EVERYONE', 'RESTRICTED', 'HIDDEN'], { message: 'Choose who can see the course' }),
  organisationIds: idList,
  audienceIds: idList,
  shareEnabled: checkbox,
  completionEnabled: checkbox,
  completionAggregation: z.enum(['ALL', 'ANY'], { message: 'Choose how criteria combine' }),
  selfEnrolment: z.enum(['NONE', 'SELF_BEFORE_CONTENT', 'SELF_AFTER_VIEW'], { message: 'Choose how learners enrol' }),
  enrolmentWelcome: optionalString(1000, 'Welcome text'),
  maxEnrolled: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(
      z
        .string()
        .regex(/^\d{1,6}$/, 'Enter a whole number')
        .nullable(),
    )
    .transform((v) => (v === null ? null : Number(v))),
  archived: checkbox,
});
export type CourseInput = z.infer<typeof courseSchema>;
