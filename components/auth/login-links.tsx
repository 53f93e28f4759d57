import Link from 'next/link';
import { ButtonLink } from '@/components/ui/button';

const A = 'text-[var(--link)] underline';

/** Under "Manual login": the self-service link the user guide names "Forgotten your username or password?". */
export function ForgottenDetailsLinks() {
  return (
    <ul className="mt-6 space-y-2">
      <li>
        <Link href="/forgot-password" className={A}>
          Forgotten your username or password?
        </Link>
      </li>
    </ul>
  );
}

/** "No account yet?": the clearly visible "Create new account" the user guide tells people to select. */
export function CreateAccountSection() {
  return (
    <section aria-labelledby="no-account" className="mt-8">
      <h2 id="no-account" className="mb-2 text-xl font-bold">
        No account yet?
      </h2>
      <p className="mb-4">
        If you cannot use automatic login and have never had an iLearn+ account, ask for one with the account request
        form.
      </p>
      <ButtonLink href="/request-account" variant="secondary">
        Create new account
      </ButtonLink>
      <p className="mt-4">
        Can&apos;t log in for another reason?{' '}
        <Link href="/help#logging-in" className={A}>
          Get help with logging in
        </Link>
        .
      </p>
    </section>
  );
}
