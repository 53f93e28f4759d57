// zod schemas for "Report a problem with this content": the learner's report and the owning team's resolution.
import { z } from 'zod';
import { idSchema, isPlainText, NUL_MESSAGE, optionalIdSchema, plainTextSchema } from '@/lib/validation';

export const reportContentProblemSchema = z.object({
  courseId: idSchema,
  /** The activity the problem is in; empty for the course in general. */
  activityId: optionalIdSchema,
  message: plainTextSchema(4000, {
    label: 'Your description',
    min: 1,
    required: 'Describe the problem so the team can find and fix it',
  }),
});
export type ReportContentProblemInput = z.infer<typeof reportContentProblemSchema>;

export const resolveContentReportSchema = z.object({
  reportId: idSchema,
  note: z
    .string()
    .trim()
    .max(2000, 'The note must be 2000 characters or fewer')
    .refine(isPlainText, NUL_MESSAGE)
    .optional()
    .transform((v) => (v ? v : null)),
});
export type ResolveContentReportInput = z.infer<typeof resolveContentReportSchema>;

export const CONTENT_REPORT_FILTERS = ['open', 'resolved', 'all'] as const;
export type ContentReportFilter = (typeof CONTENT_REPORT_FILTERS)[number];
