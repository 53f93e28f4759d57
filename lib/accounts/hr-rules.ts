// HR feed rows: pure parsing and validation. One bad row never stops the others.
import { z } from 'zod';
import { CsvParseError, parseCsv } from '@/lib/csv';

export const HR_COLUMNS = [
  'personnel_number',
  'first_name',
  'last_name',
  'email',
  'organisation',
  'manager_personnel_number',
  'job_title',
] as const;

const text = (max: number) => z.string().trim().max(max);

export const hrRowSchema = z.object({
  personnel_number: text(50)
    .regex(/^[A-Za-z0-9._-]+$/, 'Personnel number must be letters, numbers, dots, dashes or underscores')
    .min(1, 'Personnel number is missing'),
  first_name: text(100).min(1, 'First name is missing'),
  last_name: text(100).min(1, 'Last name is missing'),
  email: z.union([z.literal(''), z.email('Email address is not valid').max(254)]),
  organisation: text(100).min(1, 'Organisation is missing'),
  manager_personnel_number: text(50),
  job_title: text(200),
});

export type HrRow = z.infer<typeof hrRowSchema>;

export type ParsedHrFile =
  { ok: true; rows: { line: number; cells: Record<string, string> }[] } | { ok: false; message: string };

/** Maps the header row to the expected columns (case and spacing ignored). */
export function readHrFile(input: string): ParsedHrFile {
  let rows: string[][];
  try {
    rows = parseCsv(input);
  } catch (error) {
    if (error instanceof CsvParseError) return { ok: false, message: error.message };
    throw error;
  }
  const [header, ...body] = rows;
  if (!header) return { ok: false, message: 'The file is empty' };
  const names = header.map((h) =>
    h
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  const missing = HR_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0) return { ok: false, message: `The file is missing the column(s): ${missing.join(', ')}` };
  return {
    ok: true,
    rows: body.map((cells, index) => ({
      line: index + 2,
      cells: Object.fromEntries(HR_COLUMNS.map((c) => [c, cells[names.indexOf(c)] ?? ''])),
    })),
  };
}

export function validateHrRow(cells: Record<string, string>): { ok: true; row: HrRow } | { ok: false; reason: string } {
  const parsed = hrRowSchema.safeParse(cells);
  if (!parsed.success) return { ok: false, reason: parsed.error.issues.map((i) => i.message).join('; ') };
  if (parsed.data.manager_personnel_number === parsed.data.personnel_number) {
    return { ok: false, reason: 'A person cannot be their own manager' };
  }
  return { ok: true, row: { ...parsed.data, email: parsed.data.email.toLowerCase() } };
}
