// The shared input schemas: ids, plain text and dates. Every action, route handler and page parses with these,
// so " 7 ", "0x10", "1e3", 99999999999, a NUL byte or 2026-02-31 are refused in one place, the same way.
import { notFound } from 'next/navigation';
import { z } from 'zod';

/** PostgreSQL's `integer`: ids above it would fail in the database (ValueOutOfRange), not in validation. */
export const MAX_ID = 2_147_483_647;
const ID_MESSAGE = 'This link or form is out of date. Reload the page and try again.';
const DIGITS = /^[1-9]\d{0,9}$/;

/** True for a database id: a whole number 1..2^31-1, given as digits only (no sign, space, hex or exponent). */
export function isId(value: unknown): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= MAX_ID;
  return typeof value === 'string' && DIGITS.test(value) && Number(value) <= MAX_ID;
}

/** An id schema with its own message (for a visible select: "Choose the course"). */
export const idField = (message = ID_MESSAGE) =>
  z.custom<string | number>(isId, { error: message }).transform((value) => Number(value));

/** A database id from a form field, URL segment or JSON body. */
export const idSchema = idField();

/** For pages: the id in a URL segment, or the "not found" page (`/courses/abc`, `/courses/99999999999`). */
export function parseIdParam(raw: string | string[] | undefined): number {
  const parsed = idSchema.safeParse(raw);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** An optional id: empty or missing is null. */
export const optionalIdSchema = z.preprocess((v) => (v === '' || v == null ? null : v), idSchema.nullable());

/** A list of ids (repeated form fields, JSON arrays). */
export const idListSchema = z.array(idSchema).max(10_000);

// ---------- plain text ----------

/** NUL: PostgreSQL refuses it in text columns, so it is refused before it gets there. */
export const NUL = /\u0000/;
/** C0 and C1 control characters except tab, line feed and carriage return (allowed in multi-line text). */
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** In a single-line name also tab/newlines, bidi overrides/isolates and zero-width characters (spoofing). */
const NOT_IN_NAMES = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

export const NUL_MESSAGE = 'Remove the hidden control character from this answer';
export const NAME_CHARACTERS_MESSAGE = 'Remove the hidden or control characters from this name';

/** True when free text has no NUL or control characters (tab and line breaks allowed). */
export const isPlainText = (value: string) => !NUL.test(value) && !CONTROL.test(value);
/** True when a one-line name has no control, bidi-override or zero-width characters. */
export const isSafeName = (value: string) => !NOT_IN_NAMES.test(value);

type TextOptions = { label?: string; min?: number; required?: string };

/** Free text (descriptions, reasons, details): trimmed, at most `max` characters, no NUL or control characters. */
export function plainTextSchema(max: number, { label = 'This', min = 0, required }: TextOptions = {}) {
  return z
    .string(required ? { error: required } : undefined)
    .trim()
    .min(min, required ?? `Enter ${label.toLowerCase()}`)
    .max(max, `${label} must be ${max} characters or fewer`)
    .refine(isPlainText, NUL_MESSAGE);
}

/** A name or title shown to other people: one line, no control, bidi-override or zero-width characters. */
export function nameSchema(max: number, { label = 'The name', min = 1, required }: TextOptions = {}) {
  return z
    .string({ error: required ?? `Enter ${label.toLowerCase()}` })
    .trim()
    .min(min, required ?? `Enter ${label.toLowerCase()}`)
    .max(max, `${label} must be ${max} characters or fewer`)
    .refine(isSafeName, NAME_CHARACTERS_MESSAGE);
}

/** Deeper input is refused like a NUL byte (see findNul). */
export const MAX_NESTING = 64;

/** The first field whose text contains a NUL byte, anywhere in a form or JSON value (a backstop for every input). */
export function findNul(value: unknown, path = '', depth = 0): string | null {
  // JSON nested thousands deep would overflow the stack here (a 500): no input of ours nests past a few levels.
  if (depth > MAX_NESTING) return path || '_form';
  if (typeof value === 'string') return NUL.test(value) ? path || '_form' : null;
  if (value instanceof Blob) return null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const hit = findNul(item, path ? `${path}.${i}` : String(i), depth + 1);
      if (hit) return hit;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (NUL.test(key)) return path || '_form';
      const hit = findNul(item, path ? `${path}.${key}` : key, depth + 1);
      if (hit) return hit;
    }
  }
  return null;
}

// ---------- dates ----------

/** True when y-m-d is a real calendar date (2026-02-31 is not: it is refused, never shifted to 3 March). */
export function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    year <= 9999 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** True for "YYYY-MM-DD" naming a real date. */
export function isDateOnly(value: string): boolean {
  const m = DATE_ONLY.exec(value);
  return !!m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** True for "YYYY-MM-DDTHH:mm" naming a real date and time of day. */
export function isWallClock(value: string): boolean {
  const m = WALL_CLOCK.exec(value);
  return !!m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3])) && Number(m[4]) < 24 && Number(m[5]) < 60;
}

/** A date input ("YYYY-MM-DD") as midnight UTC; impossible dates are refused. */
export const dateOnlySchema = (message = 'Enter a real date') =>
  z
    .string()
    .trim()
    .refine(isDateOnly, message)
    .transform((v) => new Date(`${v}T00:00:00Z`));
