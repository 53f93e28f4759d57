import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/auth/login-form';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { getViewer } from '@/lib/auth/viewer';

export const metadata: Metadata = { title: 'Log in' };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold md:text-4xl">Log in to iLearn+</h1>
      <h2 className="mt-6 text-2xl font-bold">Manual login</h2>
      <p className="mt-2 mb-6">Enter the username and password from your iLearn+ account details.</p>
      <LoginForm callbackUrl={callbackUrl} />
      <p className="mt-8">
        Can&apos;t log in?{' '}
        <Link href="/help" className="text-[var(--link)] underline">
          Get help with logging in
        </Link>
        .
      </p>
    </div>
  );
}
