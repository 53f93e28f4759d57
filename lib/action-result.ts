// The shape every server action returns, and one place that turns thrown errors into it.
import { ZodError } from 'zod';
import { asServiceError, recordGoneAsNotFound, UserError, ValidationError, type FieldErrors } from '@/lib/errors';
import { unexpectedReference } from '@/lib/log';
import { humaniseFieldName, plainIssueMessage } from '@/lib/validation-messages';

export type ActionFailure = { ok: false; message: string; fieldErrors: FieldErrors; values?: Record<string, string> };

export type ActionResult<T = undefined> =
  ({ ok: true; message?: string } & (T extends undefined ? { data?: undefined } : { data: T })) | ActionFailure;

/**
 * The first message per field, keyed by the dotted path, as the GOV.UK error summary needs. zod's own wording is
 * replaced by a plain message naming the field (from `labels`, else from its name); schema messages are kept.
 */
export function zodFieldErrors(error: ZodError, labels: Record<string, string> = {}): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    if (!(key in out)) out[key] = plainIssueMessage(issue, labels[key] ?? humaniseFieldName(key));
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

/**
 * Converts an error thrown by lib/ into a failed ActionResult (only lib/auth/action.ts calls this). A ZodError
 * from a lib/ command is bad input too: its messages are the schema's, safe to show next to the fields.
 */
export function failure(thrown: unknown, values?: Record<string, string>): ActionFailure {
  const error = asServiceError(recordGoneAsNotFound(thrown));
  if (error instanceof ValidationError) {
    return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values };
  }
  if (error instanceof ZodError) {
    return {
      ok: false,
      message: 'There is a problem with what you entered.',
      fieldErrors: zodFieldErrors(error),
      values,
    };
  }
  if (error instanceof UserError) return { ok: false, message: error.message, fieldErrors: {}, values };
  const reference = unexpectedReference(error);
  return {
    ok: false,
    message: `Something went wrong on our side. Please try again. If it keeps happening, contact support quoting reference ${reference}.`,
    fieldErrors: {},
    values,
  };
}
