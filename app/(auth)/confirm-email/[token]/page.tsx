import type { Metadata } from 'next';
import Link from 'next/link';
import { peekToken } from '@/lib/accounts/tokens';
import { ConfirmEmailForm } from '@/components/accounts/confirm-email-form';
import { confirmEmailAction } from './actions';

export const metadata: Metadata = { title: 'Confirm your email address', referrer: 'no-referrer' };
export const dynamic = 'force-dynamic';

// Opening the emailed link changes nothing (council mail scanners open links before people do): the page only
// checks the link and shows a button; pressing it confirms the address and sends the request for approval.
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const valid = await peekToken(token, 'EMAIL_CONFIRM');
  if (!valid?.accountRequestId) {
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
      <h1 className="mb-6 text-3xl font-bold">Confirm your email address</h1>
      <p className="mb-4">
        Confirm that this is your email address to send your account request to the iLearn+ team for approval.
      </p>
      <ConfirmEmailForm action={confirmEmailAction} token={token} />
    </>
  );
}
