// zod schemas for L&D's program and certification forms: details (and a certification's recertification
// settings), course sets, and assignments with their due dates. Shared by the actions, the commands and tests.
import { z } from 'zod';
import { dateOnlySchema, idField, nameSchema, optionalIdSchema, plainTextSchema } from '@/lib/validation';

const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'yes');
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalDate = z.preprocess(blankToUndefined, dateOnlySchema().optional()).transform((v) => v ?? null);
const wholeNumber = (label: string, min: number, max: number) =>
  z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .regex(/^\d{1,4}$/, `Enter ${label} as a whole number, like 2`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `Enter ${label} between ${min} and ${max}`);

export const PERIOD_UNITS = ['DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
const unit = (label: string) => z.enum(PERIOD_UNITS, { error: `Choose days, weeks, months or years for ${label}` });

export const programDetailsSchema = z
  .object({
    fullName: nameSchema(200, { label: 'The full name', required: 'Enter the full name' }),
    shortName: z
      .string({ error: 'Enter a short name' })
      .trim()
      .min(1, 'Enter a short name')
      .max(60, 'Short name must be 60 characters or fewer')
      .regex(
        /^[A-Za-z0-9 _.\-]+$/,
        'Short name can only contain letters, numbers, spaces, dots, dashes and underscores',
      ),
    summary: plainTextSchema(2000, { label: 'The summary' }).default(''),
    categoryId: optionalIdSchema,
    ownerTeamId: optionalIdSchema,
    visible: checkbox,
    availableFrom: optionalDate,
    availableUntil: optionalDate,
  })
  .refine((v) => !v.availableFrom || !v.availableUntil || v.availableFrom <= v.availableUntil, {
    path: ['availableUntil'],
    message: 'The "available until" date must be on or after the "available from" date',
  });
export type ProgramDetailsInput = z.infer<typeof programDetailsSchema>;

/** A certification's recertification settings (REFERENCE §1.3); the rules check their lengths against each other. */
export const certificationSettingsSchema = z
  .object({
    activeValue: wholeNumber('how long the certification is active', 1, 100),
    activeUnit: unit('the active period'),
    windowValue: wholeNumber('when the recertification window opens', 1, 100),
    windowUnit: unit('the recertification window'),
    recertifyFrom: z.enum(['COMPLETION_DATE', 'EXPIRY_DATE', 'FIXED_DATE'], {
      error: 'Choose how the next expiry date is worked out',
    }),
    minimumActiveValue: z.preprocess(blankToUndefined, wholeNumber('the minimum active period', 1, 100).optional()),
    minimumActiveUnit: z.preprocess(blankToUndefined, unit('the minimum active period').optional()),
  })
  .superRefine((v, ctx) => {
    if (v.recertifyFrom !== 'FIXED_DATE') return;
    if (v.minimumActiveValue === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['minimumActiveValue'],
        message: 'Enter the minimum active period: a fixed expiry date needs one',
      });
    if (v.minimumActiveUnit === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['minimumActiveUnit'],
        message: 'Choose days, weeks, months or years for the minimum active period',
      });
  });
export type CertificationSettingsInput = z.infer<typeof certificationSettingsSchema>;

export const programKindSchema = z.enum(['PROGRAM', 'CERTIFICATION'], { error: 'Choose a program or a certification' });

/** Course short names, one a line or separated by commas. */
const courseList = z
  .string()
  .max(20_000)
  .optional()
  .transform((v) => [
    ...new Set(
      (v ?? '')
        .split(/[\n,]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ])
  .refine((list) => list.length > 0, 'Enter the short name of at least one course')
  .refine((list) => list.length <= 100, 'A set can hold at most 100 courses');

export const courseSetSchema = z
  .object({
    label: nameSchema(120, { label: 'The set name', required: 'Enter a name for the set, like Week one' }),
    completionType: z.enum(['ALL', 'ANY', 'SOME', 'OPTIONAL'], { error: 'Choose what the learner must complete' }),
    minCourses: z.preprocess(blankToUndefined, wholeNumber('how many courses', 1, 100).optional()),
    nextOperator: z.enum(['THEN', 'AND', 'OR'], { error: 'Choose how this set joins the next one' }),
    path: z.enum(['CERT', 'RECERT'], { error: 'Choose the path' }).default('CERT'),
    courses: courseList,
  })
  .superRefine((v, ctx) => {
    if (v.completionType === 'SOME' && v.minCourses === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['minCourses'],
        message: 'Enter how many courses the learner must complete',
      });
    if (v.completionType === 'SOME' && v.minCourses !== undefined && v.minCourses > v.courses.length)
      ctx.addIssue({
        code: 'custom',
        path: ['minCourses'],
        message: `The set has ${v.courses.length} ${v.courses.length === 1 ? 'course' : 'courses'}: the number to complete cannot be more`,
      });
  });
export type CourseSetInput = z.infer<typeof courseSetSchema>;

export const assignmentSchema = z
  .object({
    type: z.enum(['AUDIENCE', 'ORGANISATION', 'INDIVIDUAL'], { error: 'Choose who to assign' }),
    audienceId: optionalIdSchema,
    organisationId: optionalIdSchema,
    username: z.preprocess(blankToUndefined, z.string().trim().max(100, 'Enter a username').optional()),
    dueType: z.enum(['NONE', 'FIXED', 'RELATIVE'], { error: 'Choose a due date' }),
    dueDate: z.preprocess(blankToUndefined, dateOnlySchema('Enter a real due date, like 31 3 2027').optional()),
    dueWithinValue: z.preprocess(blankToUndefined, wholeNumber('the time allowed', 1, 1000).optional()),
    dueWithinUnit: z.preprocess(blankToUndefined, unit('the time allowed').optional()),
  })
  .superRefine((v, ctx) => {
    if (v.type === 'AUDIENCE' && v.audienceId === null)
      ctx.addIssue({ code: 'custom', path: ['audienceId'], message: 'Choose an audience' });
    if (v.type === 'ORGANISATION' && v.organisationId === null)
      ctx.addIssue({ code: 'custom', path: ['organisationId'], message: 'Choose an organisation' });
    if (v.type === 'INDIVIDUAL' && !v.username)
      ctx.addIssue({ code: 'custom', path: ['username'], message: 'Enter the username of the person to assign' });
    if (v.dueType === 'FIXED' && !v.dueDate)
      ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'Enter the due date' });
    if (v.dueType === 'RELATIVE' && v.dueWithinValue === undefined)
      ctx.addIssue({ code: 'custom', path: ['dueWithinValue'], message: 'Enter the time allowed, like 3' });
    if (v.dueType === 'RELATIVE' && v.dueWithinUnit === undefined)
      ctx.addIssue({ code: 'custom', path: ['dueWithinUnit'], message: 'Choose days, weeks, months or years' });
  });
export type AssignmentInput = z.infer<typeof assignmentSchema>;

/** Changing only the due date of an existing assignment. */
export const assignmentDueSchema = z
  .object({
    dueType: z.enum(['NONE', 'FIXED', 'RELATIVE'], { error: 'Choose a due date' }),
    dueDate: z.preprocess(blankToUndefined, dateOnlySchema('Enter a real due date, like 31 3 2027').optional()),
    dueWithinValue: z.preprocess(blankToUndefined, wholeNumber('the time allowed', 1, 1000).optional()),
    dueWithinUnit: z.preprocess(blankToUndefined, unit('the time allowed').optional()),
  })
  .superRefine((v, ctx) => {
    if (v.dueType === 'FIXED' && !v.dueDate)
      ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'Enter the due date' });
    if (v.dueType === 'RELATIVE' && v.dueWithinValue === undefined)
      ctx.addIssue({ code: 'custom', path: ['dueWithinValue'], message: 'Enter the time allowed, like 3' });
    if (v.dueType === 'RELATIVE' && v.dueWithinUnit === undefined)
      ctx.addIssue({ code: 'custom', path: ['dueWithinUnit'], message: 'Choose days, weeks, months or years' });
  });
export type AssignmentDueInput = z.infer<typeof assignmentDueSchema>;

export const programIdField = idField();
