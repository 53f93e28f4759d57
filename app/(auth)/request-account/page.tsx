import type { Metadata } from 'next';
import Link from 'next/link';
import { listOrganisationOptions } from '@/lib/accounts/requests-queries';
import { RequestAccountForm } from '@/components/accounts/request-account-form';
import { requestAccountAction } from './actions';
import { HelpLink } from '@/components/help/help-link';

export const metadata: Metadata = { title: 'Request an account' };
export const dynamic = 'force-dynamic';

export default async function RequestAccountPage() {
  const organisations = (await listOrganisationOptions()).map((o) => ({ value: String(o.id), label: o.name }));
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">Request an account</h1>
      <p className="mb-4">
        Use this form if you cannot use automatic login and have never had an iLearn+ account. Council staff usually
        have an account already: try{' '}
        <Link href="/forgot-username" className="text-[var(--link)] underline">
          Forgotten your username?
        </Link>{' '}
        first.
      </p>
      <p className="mb-6">
        What happens next: we email you a link to confirm your address, the iLearn+ team checks your request, and then
        we email you your login details.
      </p>
      <RequestAccountForm action={requestAccountAction} organisations={organisations} />
      <HelpLink slug="new-account" className="mt-6">
        How do I get an iLearn+ account?
      </HelpLink>
    </>
  );
}
