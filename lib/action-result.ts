// The shape every server action returns, and one place that turns thrown errors into it.
import { randomUUID } from 'node:crypto';
import type { ZodError } from 'zod';
import { UserError, ValidationError, type FieldErrors } from '@/lib/errors';

export type ActionResult<T = undefined> =
  | ({ ok: true; message?: string } & (T extends undefined ? { data?: undefined } : { data: T }))
  | { ok: false; message: string; fieldErrors: FieldErrors; values?: Record<string, string> };

/** The first message per field, keyed by the dotted path, as the GOV.UK error summary needs. */
export function zodFieldErrors(error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

/** Values the user typed, echoed back so a failed submit loses nothing (file inputs and secrets excluded). */
export function formValues(formData: FormData, omit: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string' || key.startsWith('$ACTION') || omit.includes(key)) continue;
    values[key] = key in values ? `${values[key]}\n${value}` : value;
  }
  return values;
}

/** Converts an error thrown by lib/ into a failed ActionResult; unexpected errors are logged with a reference. */
export function failure(error: unknown, values?: Record<string, string>): Extract<ActionResult, { ok: false }> {
  if (error instanceof ValidationError) {
    return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values };
  }
  if (error instanceof UserError) return { ok: false, message: error.message, fieldErrors: {}, values };
  const reference = randomUUID().slice(0, 8);
  console.error(`[action error ${reference}]`, error);
  return {
    ok: false,
    message: `Something went wrong on our side. Please try again. If it keeps happening, contact support quoting reference ${reference}.`,
    fieldErrors: {},
    values,
  };
}
