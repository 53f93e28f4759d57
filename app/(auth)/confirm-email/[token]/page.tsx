import type { Metadata } from 'next';
import Link from 'next/link';
import { confirmAccountRequestEmail } from '@/lib/accounts/requests';

export const metadata: Metadata = { title: 'Confirm your email address', referrer: 'no-referrer' };
export const dynamic = 'force-dynamic';

// Opening the emailed link confirms the address (single use): the request then goes to the approval queue.
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const confirmed = await confirmAccountRequestEmail(token);
  if (!confirmed) {
    return (
      <>
        <h1 className="mb-6 text-3xl font-bold">This link has expired</h1>
        <p className="mb-4">
          It may have been used already, in which case your request is waiting for approval and there is nothing more to
          do. Otherwise, please request an account again.
        </p>
        <Link href="/request-account" className="text-[var(--link)] underline">
          Request an account
        </Link>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">Thank you, {confirmed.firstName}: your email address is confirmed</h1>
      <p className="mb-4">
        Your account request is now with the iLearn+ team. When they approve it, we will email you your username and a
        temporary password. If they cannot approve it, we will email you to say why.
      </p>
      <Link href="/login" className="text-[var(--link)] underline">
        Go to the login page
      </Link>
    </>
  );
}
