import type { ReactNode } from 'react';

/** A field's hint, under its label. */
export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={`${id}-hint`} className="mt-1 text-slate-600">
      {children}
    </p>
  );
}

/** A field's error, under its label and hint, announced with "Error:" to screen readers. */
export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={`${id}-error`} className="mt-1 font-semibold text-red-700">
      <span className="sr-only">Error: </span>
      {children}
    </p>
  );
}

/** The red bar beside a field in error (GOV.UK). */
export function errorBar(error: unknown): string {
  return error ? 'border-l-4 border-red-700 pl-4' : '';
}
