// zod schemas for audience forms.
import { z } from 'zod';
import { nameSchema } from '@/lib/validation';

export const RULE_FIELDS = [
  'ORGANISATION',
  'JOB_TITLE',
  'MANAGER',
  'IS_MANAGER',
  'USERNAME_PREFIX',
  'EMAIL_DOMAIN',
  'AUTH_METHOD',
] as const;
export const RULE_OPERATORS = ['EQUALS', 'NOT_EQUALS', 'CONTAINS', 'STARTS_WITH', 'IN'] as const;

export const audienceSchema = z.object({
  name: nameSchema(120, { label: 'Name', required: 'Enter a name' }),
  description: z
    .string()
    .trim()
    .max(1000, 'Description must be 1000 characters or fewer')
    .optional()
    .transform((v) => (v ? v : null)),
  kind: z.enum(['STATIC', 'DYNAMIC'], { message: 'Choose the kind of audience' }),
  ruleAggregation: z.enum(['ALL', 'ANY']).default('ALL'),
  members: z
    .string()
    .optional()
    .transform((v) => [
      ...new Set(
        (v ?? '')
          .split(/[\s,]+/)
          .map((u) => u.trim())
          .filter(Boolean),
      ),
    ]),
  rules: z.array(
    z.object({
      field: z.enum(RULE_FIELDS),
      operator: z.enum(RULE_OPERATORS),
      value: z.string().trim().min(1, 'Enter a value for each rule').max(2000),
    }),
  ),
});
export type AudienceInput = z.infer<typeof audienceSchema>;

/** How many rule rows the audience form offers (rule0Field … rule4Value). */
export const RULE_ROWS = 5;
