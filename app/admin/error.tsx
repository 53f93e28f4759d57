'use client';
import Link from 'next/link';
import { ErrorMessage } from '@/components/layout/error-message';

// Shown inside the admin layout, so the task bar and admin navigation stay usable.
export default function AdminError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <>
      <ErrorMessage error={error} retry={retry} />
      <p className="mt-6">
        <Link href="/admin" className="text-[var(--link)] underline">
          Back to Admin
        </Link>
      </p>
    </>
  );
}
