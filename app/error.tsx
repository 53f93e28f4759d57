'use client';
import { ErrorMessage } from '@/components/layout/error-message';

export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-[1100px] px-4 py-8">
      <ErrorMessage error={error} retry={retry} />
    </main>
  );
}
