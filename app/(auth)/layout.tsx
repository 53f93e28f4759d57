import Link from 'next/link';
import type { ReactNode } from 'react';

// Pages for people who are signing in, or must change their password first: no task bar, nothing else reachable.
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main-content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-yellow-300 focus:p-2">
        Skip to main content
      </a>
      <header className="bg-[var(--brand,#1d4f91)] text-white">
        <div className="mx-auto max-w-5xl px-4 py-3">
          <Link href="/" className="text-2xl font-bold text-white focus-visible:outline-3 focus-visible:outline-[var(--focus)]">
            iLearn+
          </Link>
        </div>
      </header>
      <main id="main-content" className="mx-auto max-w-3xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
