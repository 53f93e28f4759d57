import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell';
import { PublicShell } from '@/components/layout/public-shell';
import { getViewer } from '@/lib/auth/viewer';

export const metadata: Metadata = { title: 'Page not found' };

// Signed-in people keep their task bar, so they can carry on from here.
export default async function NotFound() {
  const viewer = await getViewer();
  const content: ReactNode = (
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
  if (viewer && !viewer.mustChangePassword) return <AppShell viewer={viewer}>{content}</AppShell>;
  return <PublicShell>{content}</PublicShell>;
}
