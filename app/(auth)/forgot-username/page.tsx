import type { Metadata } from 'next';
import Link from 'next/link';
import { SingleFieldForm } from '@/components/accounts/single-field-form';
import { forgotUsernameAction } from '../forgot-password/actions';
import { HelpLink } from '@/components/help/help-link';

export const metadata: Metadata = { title: 'Forgotten your username?' };

export default function ForgotUsernamePage() {
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">Forgotten your username?</h1>
      <p className="mb-4">
        Staff usernames are usually your personnel number. Partner council usernames start with their prefix, such as
        wbc-. Other people usually have firstname.surname.
      </p>
      <p className="mb-6">Enter the email address on your account and we will email you your username.</p>
      <SingleFieldForm
        action={forgotUsernameAction}
        name="email"
        label="Email address"
        type="email"
        autoComplete="email"
        submitLabel="Email my username"
        done={
          <>
            <h2 className="mb-2 text-2xl font-bold">Check your email</h2>
            <p className="mb-4">If an account uses that address, we have emailed its username to it.</p>
            <Link href="/login" className="text-[var(--link)] underline">
              Back to log in
            </Link>
          </>
        }
      />
      <HelpLink slug="forgotten-username" className="mt-6">
        More help with usernames
      </HelpLink>
    </>
  );
}
