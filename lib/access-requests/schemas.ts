// zod schemas for systems access requests: the learner's request, the team's status change, the form set-up.
import { z } from 'zod';
import { idSchema, isPlainText, nameSchema, NUL_MESSAGE } from '@/lib/validation';
import { SETTABLE_STATUSES } from './rules';

/** The learner's request: the activity and each `field-<key>` answer (checked against the form's questions). */
export const sendAccessRequestSchema = z.object({
  activityId: idSchema,
  answers: z.record(z.string().regex(/^field-[a-z0-9_]{1,40}$/), z.string().max(10_000)),
});

export function sendAccessRequestInput(formData: FormData): unknown {
  const answers: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('field-') && typeof value === 'string') answers[key] = value;
  }
  return { activityId: formData.get('activityId'), answers };
}

const note = z
  .string()
  .trim()
  .max(2000, 'The note must be 2000 characters or fewer')
  .refine(isPlainText, NUL_MESSAGE)
  .optional()
  .transform((v) => (v ? v : null));

export const updateAccessRequestSchema = z
  .object({
    requestId: idSchema,
    status: z.enum(SETTABLE_STATUSES, { message: 'Choose a status' }),
    note,
  })
  .superRefine((v, ctx) => {
    if (v.status === 'DECLINED' && !v.note)
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'Say why the request is refused: the learner sees it' });
  });
export type UpdateAccessRequestInput = z.infer<typeof updateAccessRequestSchema>;

export const accessFormSettingsSchema = z.object({
  activityId: idSchema,
  systemName: nameSchema(120, { label: 'System name', required: 'Enter the name of the system' }),
  instructionsHtml: z
    .string()
    .trim()
    .max(5000, 'Instructions must be 5000 characters or fewer')
    .refine(isPlainText, NUL_MESSAGE)
    .optional()
    .transform((v) => (v ? v : null)),
  notifyEmail: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.toLowerCase() : null))
    .pipe(z.email({ message: 'Enter an email address like systems@example.gov.uk' }).nullable()),
  fieldLines: z.string().max(20_000),
});
export type AccessFormSettingsInput = z.infer<typeof accessFormSettingsSchema>;
