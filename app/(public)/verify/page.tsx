import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { VerifyForm } from '@/components/certificates/verify-form';
import { normaliseVerificationCode } from '@/lib/certificates/codes';

export const metadata: Metadata = { title: 'Check a certificate' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function VerifyPage({ searchParams }: Props) {
  const raw = (await searchParams).code;
  const typed = typeof raw === 'string' ? raw.slice(0, 40) : undefined;
  const code = typed !== undefined ? normaliseVerificationCode(typed) : null;
  if (code) redirect(`/verify/${code}`);
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Check a certificate</h1>
      <p className="mt-4">
        Enter the verification code from an iLearn+ certificate to see who it was awarded to, for which course and when.
      </p>
      <VerifyForm
        code={typed}
        error={typed !== undefined ? 'Enter the verification code: 10 letters and numbers' : undefined}
      />
    </div>
  );
}
