import Link from 'next/link';

type PaginationProps = {
  page: number;
  pageSize: number;
  total: number;
  /** Builds the link for a page number (keeps the current filters). */
  hrefFor: (page: number) => string;
  /** Plural noun for the count line: "emails". */
  noun: string;
};

const LINK =
  'inline-flex min-h-11 items-center px-3 text-[var(--link)] underline underline-offset-2 hover:decoration-2 focus-visible:outline-3 focus-visible:outline-[var(--focus)]';

/** "Showing 26 to 50 of 312 emails" with Previous / Next links (GOV.UK pagination, simplified). */
export function Pagination({ page, pageSize, total, hrefFor, noun }: PaginationProps) {
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav aria-label="Pagination" className="mt-6 flex flex-wrap items-center justify-between gap-2">
      <p className="text-slate-700">
        {total === 0 ? `No ${noun}` : `Showing ${from} to ${to} of ${total.toLocaleString('en-GB')} ${noun}`}
      </p>
      <ul className="flex list-none gap-2">
        {page > 1 ? (
          <li>
            <Link href={hrefFor(Math.min(page - 1, lastPage))} className={LINK} rel="prev">
              <span aria-hidden="true">‹&nbsp;</span>Previous<span className="sr-only"> page</span>
            </Link>
          </li>
        ) : null}
        {page < lastPage ? (
          <li>
            <Link href={hrefFor(page + 1)} className={LINK} rel="next">
              Next<span className="sr-only"> page</span>
              <span aria-hidden="true">&nbsp;›</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
