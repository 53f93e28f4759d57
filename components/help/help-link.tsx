import Link from 'next/link';
import { helpHref, type HelpSlug } from '@/lib/help/slugs';

/**
 * A contextual link to a help topic from the screen where people get stuck ("Which login should I use?").
 * Opens in the same window; the topic page links back through the browser's Back button and its breadcrumbs.
 */
export function HelpLink({
  slug,
  children,
  className = 'mt-4',
}: {
  slug: HelpSlug;
  children: string;
  className?: string;
}) {
  return (
    <p className={className}>
      <Link
        href={helpHref(slug)}
        className="inline-flex min-h-11 items-center gap-2 text-[var(--link)] underline underline-offset-2"
      >
        <span
          aria-hidden="true"
          className="inline-flex h-6 w-6 shrink-0 items-center justify-center rounded-full border-2 border-current text-sm font-bold no-underline"
        >
          ?
        </span>
        <span>
          {children}
          <span className="sr-only"> (help)</span>
        </span>
      </Link>
    </p>
  );
}
