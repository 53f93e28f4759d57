// zod schema for the Other Evidence form.
import { z } from 'zod';
import { dateOnlySchema, nameSchema, plainTextSchema } from '@/lib/validation';

const trimmed = z.string().trim();

export const evidenceSchema = z.object({
  title: nameSchema(200, { label: 'Title', required: 'Enter a title' }),
  description: plainTextSchema(4000, { label: 'Description' })
    .optional()
    .transform((v) => v || null),
  provider: plainTextSchema(200, { label: 'Provider' })
    .optional()
    .transform((v) => v || null),
  completedOn: trimmed
    .min(1, 'Enter the date you completed the learning')
    .pipe(dateOnlySchema())
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
