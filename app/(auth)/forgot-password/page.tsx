import type { Metadata } from 'next';
import Link from 'next/link';
import { SingleFieldForm } from '@/components/accounts/single-field-form';
import { forgotPasswordAction } from './actions';
import { HelpLink } from '@/components/help/help-link';

export const metadata: Metadata = { title: 'Forgotten your password?' };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">Forgotten your password?</h1>
      <p className="mb-4">
        Enter your username or the email address on your account. We will email you a link to set a new password.
      </p>
      <p className="mb-6">
        If you use automatic login, your password belongs to your work account: you cannot change it here. Contact your
        IT service desk instead.
      </p>
      <SingleFieldForm
        action={forgotPasswordAction}
        name="identifier"
        label="Username or email address"
        autoComplete="username"
        submitLabel="Send me a link"
        done={
          <>
            <h2 className="mb-2 text-2xl font-bold">Check your email</h2>
            <p className="mb-2">
              If we found an account, we have sent an email to its address with a link to set a new password. The link
              works once, for a limited time.
            </p>
            <p className="mb-4">
              No email after a few minutes? Check your junk folder, or ask your manager or L&amp;D team: your account
              may not have an email address.
            </p>
            <Link href="/login" className="text-[var(--link)] underline">
              Back to log in
            </Link>
          </>
        }
      />
      <p className="mt-6">
        <Link href="/forgot-username" className="text-[var(--link)] underline">
          Forgotten your username instead?
        </Link>
      </p>
      <HelpLink slug="forgotten-password">No email, or no email address on your account?</HelpLink>
    </>
  );
}
