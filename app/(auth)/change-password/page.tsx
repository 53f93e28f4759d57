import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getViewer } from '@/lib/auth/viewer';
import { getPasswordPolicyText } from '@/lib/accounts/policy-text';
import { ChangePasswordForm } from '@/components/accounts/change-password-form';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { changePasswordAction } from './actions';

export const metadata: Metadata = { title: 'Change your password' };

// Not behind requirePageViewer: this is where that guard sends people who must change their password.
export default async function ChangePasswordPage() {
  const viewer = await getViewer();
  if (!viewer) redirect('/login?callbackUrl=%2Fchange-password');
  if (viewer.authMethod === 'SSO') {
    return (
      <>
        <h1 className="mb-6 text-3xl font-bold">Change your password</h1>
        <p className="mb-4">
          You log in with automatic login, so your password belongs to your work account. Change it the way your
          organisation tells you to; it cannot be changed in iLearn+.
        </p>
        <Link href="/" className="text-[var(--link)] underline">
          Back to iLearn+
        </Link>
      </>
    );
  }
  const policy = await getPasswordPolicyText();
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">Change your password</h1>
      {viewer.mustChangePassword ? (
        <NotificationBanner title="You need a new password">
          You are using a temporary password. Choose your own password to carry on using iLearn+.
        </NotificationBanner>
      ) : null}
      <ChangePasswordForm action={changePasswordAction} next="/" username={viewer.username} policy={policy} />
      {viewer.mustChangePassword ? null : (
        <p className="mt-6">
          <Link href="/profile" className="text-[var(--link)] underline">
            Back to your profile
          </Link>
        </p>
      )}
    </>
  );
}
