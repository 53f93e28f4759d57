// zod schemas for admin forms of activities, restrictions and course criteria.
import { z } from 'zod';
import { idListSchema, idSchema, isPlainText, nameSchema, NUL_MESSAGE } from '@/lib/validation';

const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'yes');
const optional = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .refine(isPlainText, NUL_MESSAGE)
    .optional()
    .transform((v) => (v ? v : null));

export const ACTIVITY_TYPES = [
  'PAGE',
  'URL',
  'FILE',
  'SCORM',
  'QUIZ',
  'WORKSHOP',
  'CERTIFICATE',
  'FEEDBACK',
  'ACCESS_REQUEST',
] as const;

export const activitySchema = z
  .object({
    type: z.enum(ACTIVITY_TYPES, { message: 'Choose the type of activity' }),
    name: nameSchema(200, { label: 'Name', required: 'Enter a name' }),
    sectionName: optional(120, 'Section'),
    descriptionHtml: optional(5000, 'Description'),
    contentHtml: optional(50000, 'Page content'),
    url: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : null))
      .pipe(z.url({ protocol: /^https?$/, message: 'Enter a full web address starting with https://' }).nullable()),
    visible: checkbox,
    completionMode: z.enum(['NONE', 'MANUAL', 'AUTOMATIC'], { message: 'Choose how the activity is completed' }),
    requireView: checkbox,
    requireGrade: checkbox,
    requirePassingGrade: checkbox,
    requireSubmit: checkbox,
    requireScormStatus: checkbox,
    requireMinScore: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : null))
      .pipe(
        z
          .string()
          .regex(/^\d{1,3}(\.\d{1,2})?$/, 'Enter a score from 0 to 100')
          .nullable(),
      )
      .refine((v) => v === null || Number(v) <= 100, 'Enter a score from 0 to 100'),
    requireAttendance: z.preprocess(
      (v) => (v === '' || v == null ? null : v),
      z.enum(['PARTIALLY_OR_FULLY', 'FULLY']).nullable(),
    ),
    hideWhenRestricted: checkbox,
    restrictionAggregation: z.enum(['ALL', 'ANY']).default('ALL'),
  })
  .superRefine((v, ctx) => {
    if (v.type === 'URL' && !v.url)
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'Enter the web address the activity links to' });
    if (v.type === 'PAGE' && !v.contentHtml)
      ctx.addIssue({ code: 'custom', path: ['contentHtml'], message: 'Enter the page content' });
  });
export type ActivityInput = z.infer<typeof activitySchema>;

export const restrictionsSchema = z.object({
  aggregation: z.enum(['ALL', 'ANY']),
  rules: z.array(
    z.object({
      requiredActivityId: idSchema,
      requirement: z.enum(['COMPLETE', 'COMPLETE_PASS', 'COMPLETE_FAIL', 'INCOMPLETE']),
    }),
  ),
});
export type RestrictionsInput = z.infer<typeof restrictionsSchema>;

export const criteriaSchema = z.object({
  completionEnabled: checkbox,
  aggregation: z.enum(['ALL', 'ANY'], { message: 'Choose how criteria combine' }),
  activityIds: idListSchema,
  requiredCourseIds: idListSchema,
  selfCompletion: checkbox,
});
export type CriteriaInput = z.infer<typeof criteriaSchema>;
