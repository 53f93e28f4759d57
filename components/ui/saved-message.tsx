import type { ReactNode } from 'react';

/** A success message after a form action that stays on the page. */
export function SavedMessage({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="status" className="mb-6 border-l-4 border-green-800 bg-green-50 p-4 font-semibold">
      {message}
    </p>
  );
}

/** A heading that starts a new part of a long form. */
export function FormSectionHeading({ children }: { children: ReactNode }) {
  return <h2 className="mt-10 mb-4 border-t border-slate-300 pt-6 text-2xl font-bold">{children}</h2>;
}
