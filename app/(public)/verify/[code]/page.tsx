import type { Metadata } from 'next';
import { VerifyForm } from '@/components/certificates/verify-form';
import { VerifyResult } from '@/components/certificates/verify-result';
import { verifyCertificate } from '@/lib/certificates/queries';

export const metadata: Metadata = { title: 'Certificate check', robots: { index: false } };

export default async function VerifyCodePage({ params }: { params: Promise<{ code: string }> }) {
  const code = (await params).code.slice(0, 40);
  const result = await verifyCertificate(code);
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Certificate check</h1>
      <VerifyResult code={code} result={result} />
      <h2 className="mt-10 text-xl font-bold">Check another certificate</h2>
      <VerifyForm />
    </div>
  );
}
