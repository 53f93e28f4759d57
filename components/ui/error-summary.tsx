'use client';
import { useEffect, useRef } from 'react';
import { fieldId } from '@/components/ui/field-id';

/** GOV.UK error summary: "There is a problem", each error links to its field; focus moves here on a failed submit. */
export function ErrorSummary({ message, fieldErrors }: { message?: string; fieldErrors?: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(fieldErrors ?? {});
  const visible = Boolean(message) || entries.length > 0;
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, message, fieldErrors]);
  if (!visible) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-6 border-4 border-red-700 p-4 focus:outline-3 focus:outline-[var(--focus)]"
    >
      <h2 id="error-summary-title" className="text-xl font-bold">
        There is a problem
      </h2>
      {message && entries.length === 0 ? <p className="mt-2">{message}</p> : null}
      {entries.length > 0 ? (
        <ul className="mt-2 list-none space-y-1">
          {entries.map(([field, error]) => (
            <li key={field}>
              <a href={`#${fieldId(field)}`} className="font-semibold text-red-700 underline">
                {error}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
