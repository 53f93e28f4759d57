/**
 * The id a form control gets for a field name, shared by ErrorSummary links and the ui fields.
 * A plain module on purpose: server components call it, and a function exported from a 'use client' module
 * cannot be called on the server.
 */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}
