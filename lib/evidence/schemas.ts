// zod schema for the Other Evidence form.
import { z } from 'zod';

const trimmed = z.string().trim();

export const evidenceSchema = z.object({
  title: trimmed.min(1, 'Enter a title').max(200, 'Title must be 200 characters or fewer'),
  description: trimmed
    .max(4000, 'Description must be 4000 characters or fewer')
    .optional()
    .transform((v) => v || null),
  provider: trimmed
    .max(200, 'Provider must be 200 characters or fewer')
    .optional()
    .transform((v) => v || null),
  completedOn: trimmed
    .min(1, 'Enter the date you completed the learning')
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a real date')
    .transform((v) => new Date(`${v}T00:00:00Z`))
    .refine((d) => !Number.isNaN(d.getTime()), 'Enter a real date')
    .refine((d) => d.getTime() <= Date.now() + 24 * 60 * 60 * 1000, 'The date must be today or in the past'),
  hours: trimmed
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(
      z
        .string()
        .regex(/^\d{1,4}(\.\d{1,2})?$/, 'Enter hours as a number, like 1.5')
        .nullable(),
    ),
  removeFile: z.literal('yes').optional(),
});

export type EvidenceInput = z.infer<typeof evidenceSchema>;
