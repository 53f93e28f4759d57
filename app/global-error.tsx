'use client';
import './globals.css';
import { ErrorMessage } from '@/components/layout/error-message';

// Replaces the root layout when it fails itself, so it brings its own <html> and <body>.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en-GB">
      <body className="min-h-screen bg-white text-slate-900">
        <title>Sorry, there is a problem – iLearn+</title>
        <main id="main-content" className="mx-auto w-full max-w-[1100px] px-4 py-8">
          <ErrorMessage error={error} retry={retry} />
        </main>
      </body>
    </html>
  );
}
