// The query string of a team report (its page and its exports): filters, sort and page. The page shows a message
// for a value it cannot use and ignores it; an export refuses it (400), so a file never silently differs.
import { z } from 'zod';
import { idSchema, isDateOnly, nameSchema } from '@/lib/validation';

export const REPORT_KEYS = ['members', 'courses', 'programs', 'certifications'] as const;
export type ReportKey = (typeof REPORT_KEYS)[number];
export const reportKeySchema = z.enum(REPORT_KEYS);

export const REPORT_SCOPES = ['team', 'admin'] as const;
export type ReportScope = (typeof REPORT_SCOPES)[number];

const blankToUndefined = (v: unknown) => (v === '' || v == null ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const day = z.string().trim().refine(isDateOnly, 'Enter a real date, for example 2026-03-31');

export const reportFilterShape = {
  scope: optional(z.enum(REPORT_SCOPES)),
  q: optional(nameSchema(100, { label: 'The name' })),
  organisation: optional(idSchema),
  item: optional(idSchema),
  status: optional(
    z
      .string()
      .trim()
      .max(20)
      .regex(/^[a-z_]+$/, 'Choose a status from the list'),
  ),
  from: optional(day),
  to: optional(day),
  sort: optional(
    z
      .string()
      .trim()
      .max(20)
      .regex(/^[a-z_]+$/, 'Choose a column to sort by'),
  ),
  dir: optional(z.enum(['asc', 'desc'])),
  page: optional(z.coerce.number().int().min(1).max(1_000_000)),
};

export const reportQuerySchema = z.object(reportFilterShape);
export type ReportQuery = z.output<typeof reportQuerySchema>;

export const REPORT_FIELD_LABELS: Record<keyof ReportQuery, string> = {
  scope: 'Whose records',
  q: 'Name or username',
  organisation: 'Organisation',
  item: 'Learning item',
  status: 'Status',
  from: 'From',
  to: 'To',
  sort: 'Sort',
  dir: 'Sort direction',
  page: 'Page',
};

/**
 * For the page: every field that parses is kept, every one that does not is dropped with its message, so one
 * mistyped date does not throw the other filters away.
 */
export function parseReportQueryLeniently(raw: Record<string, unknown>): {
  query: ReportQuery;
  errors: { field: keyof ReportQuery; message: string }[];
} {
  const query: Record<string, unknown> = {};
  const errors: { field: keyof ReportQuery; message: string }[] = [];
  for (const [field, schema] of Object.entries(reportFilterShape) as [keyof ReportQuery, z.ZodType][]) {
    const value = Array.isArray(raw[field]) ? (raw[field] as unknown[])[0] : raw[field];
    const parsed = schema.safeParse(value);
    if (parsed.success) query[field] = parsed.data;
    else errors.push({ field, message: parsed.error.issues[0]?.message ?? 'Check this value' });
  }
  return { query: query as ReportQuery, errors };
}
