import Link from 'next/link';

/** "Showing 21 to 40 of 312 courses" and previous/next links that keep the other query parameters. */
export function Pagination({
  page,
  pageSize,
  total,
  noun,
  hrefFor,
}: {
  page: number;
  pageSize: number;
  total: number;
  noun: string;
  hrefFor: (page: number) => string;
}) {
  if (total === 0) return null;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = Math.min((page - 1) * pageSize + 1, total);
  const to = Math.min(page * pageSize, total);
  return (
    <nav aria-label="Pagination" className="mt-6 flex flex-wrap items-center justify-between gap-4 border-t border-slate-300 pt-4">
      <p>
        Showing {from} to {to} of {total} {noun}
      </p>
      <ul className="flex list-none gap-4">
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev" className="inline-flex min-h-11 items-center text-[var(--link)] underline">
              ‹ Previous<span className="sr-only"> page</span>
            </Link>
          </li>
        ) : null}
        {pages > 1 ? (
          <li className="inline-flex min-h-11 items-center">
            Page {Math.min(page, pages)} of {pages}
          </li>
        ) : null}
        {page < pages ? (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" className="inline-flex min-h-11 items-center text-[var(--link)] underline">
              Next<span className="sr-only"> page</span> ›
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
