import Link from 'next/link';
import type { ReactNode } from 'react';

/** A column header that sorts by its column; aria-sort tells screen readers the current order. */
export function SortHeader({
  label,
  column,
  sort,
  dir,
  hrefFor,
}: {
  label: string;
  column: string;
  sort: string;
  dir: 'asc' | 'desc';
  hrefFor: (sort: string, dir: 'asc' | 'desc') => string;
}) {
  const active = sort === column;
  const nextDir = active && dir === 'asc' ? 'desc' : 'asc';
  return (
    <th
      scope="col"
      aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}
      className="px-2 py-3 text-left"
    >
      <Link href={hrefFor(column, nextDir)} className="text-[var(--link)] underline">
        {label}
        {active ? <span aria-hidden="true">{dir === 'asc' ? ' ▲' : ' ▼'}</span> : null}
        <span className="sr-only">
          {active ? `, sorted ${dir === 'asc' ? 'ascending' : 'descending'}` : ', select to sort'}
        </span>
      </Link>
    </th>
  );
}

export function Th({ children }: { children: ReactNode }) {
  return (
    <th scope="col" className="px-2 py-3 text-left">
      {children}
    </th>
  );
}

/** A cell that shows its column label on narrow screens, where rows become stacked cards. */
export function Td({ label, children, className = '' }: { label: string; children: ReactNode; className?: string }) {
  return (
    <td className={`block px-2 py-1 sm:table-cell sm:py-3 ${className}`}>
      <span className="font-semibold sm:hidden">{label}: </span>
      {children}
    </td>
  );
}

/** Table whose rows stack into cards below the sm breakpoint. */
export function ResponsiveTable({
  caption,
  head,
  children,
}: {
  caption: string;
  head: ReactNode;
  children: ReactNode;
}) {
  return (
    <table className="mt-4 w-full border-collapse">
      <caption className="sr-only">{caption}</caption>
      <thead className="hidden border-b-2 border-slate-800 sm:table-header-group">
        <tr>{head}</tr>
      </thead>
      <tbody className="[&>tr]:block [&>tr]:border-b [&>tr]:border-slate-300 [&>tr]:py-2 sm:[&>tr]:table-row">
        {children}
      </tbody>
    </table>
  );
}

/**
 * A wide table's own horizontal scroll, so it never widens the page (large text, narrow windows). Labelled and
 * focusable so keyboard users can scroll it too.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="max-w-full overflow-x-auto" data-scroll-region="">
      {children}
    </div>
  );
}
