'use client';
import Link from 'next/link';
import { useEffect } from 'react';
import { buttonClass } from '@/components/ui/button';
import { DATABASE_UNAVAILABLE_DIGEST } from '@/lib/errors';

/** What error boundaries show: a plain apology, the reference to quote, and "Try again". */
export function ErrorMessage({
  error,
  retry,
  headingLevel = 1,
}: {
  error: unknown;
  retry: () => void;
  headingLevel?: 1 | 2;
}) {
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  useEffect(() => {
    console.error(error);
  }, [error]);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  if (digest === DATABASE_UNAVAILABLE_DIGEST) {
    return (
      <div className="max-w-2xl">
        <Heading className="text-3xl font-bold">Sorry, iLearn+ is unavailable just now</Heading>
        <p className="mt-4 text-lg">Please try again in a few minutes. Nothing you have saved is lost.</p>
        <button type="button" onClick={() => retry()} className={buttonClass('primary', 'mt-6')}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <div className="max-w-2xl">
      <Heading className="text-3xl font-bold">Sorry, there is a problem with this page</Heading>
      <p className="mt-4 text-lg">Something went wrong on our side. Please try again.</p>
      <p className="mt-2">
        If it keeps happening,{' '}
        <Link href="/help/contact-support" className="text-[var(--link)] underline">
          contact iLearn+ support
        </Link>{' '}
        and quote
        {digest ? (
          <>
            {' '}
            reference <strong className="font-mono">{digest}</strong>
          </>
        ) : (
          ' the time it happened'
        )}
        .
      </p>
      <button type="button" onClick={() => retry()} className={buttonClass('primary', 'mt-6')}>
        Try again
      </button>
    </div>
  );
}
