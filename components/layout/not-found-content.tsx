import Link from 'next/link';

/**
 * The body of "Page not found". Route groups render it inside their own shell (their layout already gives the
 * page its header, navigation, main and footer); only the root not-found wraps it in a shell itself.
 */
export function NotFoundContent() {
  return (
    <>
      <h1 className="text-3xl font-bold md:text-4xl">Page not found</h1>
      <p className="mt-4 text-lg">If you typed the web address, check it is correct.</p>
      <p className="mt-2 text-lg">If you followed a link, the page may have moved, or you may not have access to it.</p>
      <p className="mt-6">
        <Link href="/" className="text-[var(--link)] underline">
          Go to the iLearn+ home page
        </Link>{' '}
        or{' '}
        <Link href="/help" className="text-[var(--link)] underline">
          get help
        </Link>
        .
      </p>
    </>
  );
}
