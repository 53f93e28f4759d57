import type { Metadata } from 'next';
import Link from 'next/link';
import { peekToken } from '@/lib/accounts/tokens';
import { getPasswordPolicyText } from '@/lib/accounts/policy-text';
import { PasswordPolicyHint } from '@/components/accounts/password-policy';
import { ResetPasswordForm } from '@/components/accounts/reset-password-form';
import { resetPasswordAction } from './actions';

export const metadata: Metadata = { title: 'Set a new password', referrer: 'no-referrer' };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const valid = await peekToken(token, 'PASSWORD_RESET');
  if (!valid) {
    return (
      <>
        <h1 className="mb-6 text-3xl font-bold">This link has expired</h1>
        <p className="mb-4">
          Links to set a new password work once, for a limited time. This one has expired or has already been used.
        </p>
        <Link href="/forgot-password" className="text-[var(--link)] underline">
          Ask for a new link
        </Link>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">Set a new password</h1>
      <PasswordPolicyHint lines={await getPasswordPolicyText()} />
      <ResetPasswordForm action={resetPasswordAction} token={token} />
    </>
  );
}
