'use client';
import { useActionState } from 'react';
import type { ActionFailure, ActionResult } from '@/lib/action-result';

/** Any action's result: success (with a message, maybe data) or a failure. */
type AnyResult = { ok: true; message?: string } | ActionFailure;

/**
 * A server action as forms receive it (house signature). `prev` is typed as a result, so actions declared with
 * `ActionResult | null` or `ActionResult | undefined` fit too. `R` is the result, when it carries data
 * (`FormAction<ActionResult<{ firstName: string }>>`).
 */
export type FormAction<R extends AnyResult = ActionResult> = (prev: AnyResult, formData: FormData) => Promise<R>;

const NOTHING_YET: AnyResult = { ok: true };

type Tracked<R> = { result: R | null; submissions: number };

function isFailure(result: AnyResult | null): result is ActionFailure {
  return result !== null && !result.ok;
}

/**
 * Reads a server action's result for a form: whether it failed, the message, the field errors and the values the
 * person submitted. `formKey` changes with every result: put it on the <form> so its uncontrolled fields remount
 * with the submitted values as defaults (React resets a form after its action runs, and a <select>, radio or
 * checkbox would otherwise fall back to its first default).
 */
export function useActionForm<R extends AnyResult = ActionResult>(action: FormAction<R>) {
  const [tracked, formAction, pending] = useActionState<Tracked<R>, FormData>(
    async (prev, formData) => ({
      result: await action(prev.result ?? NOTHING_YET, formData),
      submissions: prev.submissions + 1,
    }),
    { result: null, submissions: 0 },
  );
  const state = tracked.result;
  const failed = isFailure(state) ? state : null;
  const submitted = failed?.values;
  return {
    state,
    formAction,
    pending,
    formKey: tracked.submissions,
    failed,
    /** The failure message, for the error summary when no field is named. */
    message: failed ? failed.message : undefined,
    fieldErrors: failed?.fieldErrors ?? {},
    /** The success message, if the action gave one. */
    done: state && !isFailure(state) ? state.message : undefined,
    values: submitted ?? {},
    /** A text or select field's default: what was submitted after a failure, otherwise `initial`. */
    value: (name: string, initial?: string | null) => (submitted ? (submitted[name] ?? '') : (initial ?? '')),
    /** A checkbox's default: whether it was submitted ticked after a failure, otherwise `initial`. */
    checked: (name: string, initial = false, value = 'yes') =>
      submitted ? (submitted[name] ?? '').split('\n').includes(value) : initial,
    /** A checkbox group's defaults (several values under one name). */
    list: (name: string, initial: string[] = []) =>
      submitted ? (submitted[name] ?? '').split('\n').filter(Boolean) : initial,
  };
}
