import { SummaryList } from '@/components/ui/summary-list';
import { Tag } from '@/components/ui/tag';
import type { RevokedCertificate, VerifiedCertificate } from '@/lib/certificates/queries';
import { formatDate } from '@/lib/format';

const VALIDITY = {
  valid: { tone: 'green', text: 'Valid' },
  expired: { tone: 'red', text: 'Expired' },
  superseded: { tone: 'grey', text: 'Replaced by a later certificate' },
} as const;

/** What a verified certificate says: who it was awarded to, the course, the dates and whether it is still valid. */
export function VerifyResult({
  code,
  result,
}: {
  code: string;
  result: VerifiedCertificate | RevokedCertificate | null;
}) {
  if (result?.validity === 'revoked') {
    return (
      <div className="mt-6 border-l-4 border-red-700 bg-red-50 p-4" role="status">
        <h2 className="text-xl font-bold">Not verified</h2>
        <p className="mt-2">
          The certificate with the code <span className="font-mono">{code}</span> was revoked on{' '}
          {formatDate(result.revokedAt)}. It is no longer valid.
        </p>
      </div>
    );
  }
  if (!result) {
    return (
      <div className="mt-6 border-l-4 border-red-700 bg-red-50 p-4" role="status">
        <h2 className="text-xl font-bold">Not verified</h2>
        <p className="mt-2">
          No iLearn+ certificate has the code <span className="font-mono">{code}</span>. Check the code and try again.
        </p>
      </div>
    );
  }
  const validity = VALIDITY[result.validity];
  return (
    <div className="mt-6 border-l-4 border-green-800 p-4" role="status">
      <h2 className="text-xl font-bold">Verified</h2>
      <p className="mt-2">This is a genuine certificate issued by iLearn+.</p>
      <SummaryList
        className="mt-4"
        rows={[
          { key: 'Awarded to', value: result.awardedTo },
          { key: 'Course', value: result.courseName },
          { key: 'Completed on', value: formatDate(result.completedAt) },
          { key: 'Issued on', value: formatDate(result.issuedAt) },
          { key: 'Valid until', value: result.validUntil ? formatDate(result.validUntil) : 'No expiry' },
          { key: 'Validity', value: <Tag tone={validity.tone}>{validity.text}</Tag> },
        ]}
      />
    </div>
  );
}
