import type { ReactNode } from 'react';

/** Key–value rows (course details, "More info", profile). Rows with an empty value are left out. */
export function SummaryList({
  rows,
  className = '',
}: {
  rows: { key: string; value: ReactNode }[];
  className?: string;
}) {
  const shown = rows.filter((r) => r.value !== null && r.value !== undefined && r.value !== '');
  return (
    <dl className={`divide-y divide-slate-300 border-y border-slate-300 ${className}`}>
      {shown.map((row) => (
        <div key={row.key} className="py-3 sm:grid sm:grid-cols-3 sm:gap-4">
          <dt className="font-semibold">{row.key}</dt>
          <dd className="mt-1 sm:col-span-2 sm:mt-0">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
