/**
 * The id a form control gets for a field name, shared by ErrorSummary links and the ui fields.
 * A plain module on purpose: server components call it, and a function exported from a 'use client' module
 * cannot be called on the server.
 */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

/** Space-separated ids for aria-describedby, or undefined when there are none. */
export function joinIds(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

/** The ids of a field's hint and error paragraphs, as every ui field renders them. */
export function hintAndErrorIds(id: string, hint: unknown, error: unknown): string | undefined {
  return joinIds(hint ? `${id}-hint` : null, error ? `${id}-error` : null);
}
