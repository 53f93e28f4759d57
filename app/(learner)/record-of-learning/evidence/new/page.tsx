import type { Metadata } from 'next';
import Link from 'next/link';
import { EvidenceForm } from '@/components/learning/evidence-form';
import { requirePageViewer } from '@/lib/auth/guards';
import { EVIDENCE_ACCEPT, EVIDENCE_TYPES_TEXT } from '@/lib/evidence/rules';
import { createEvidenceAction } from '../actions';

export const metadata: Metadata = { title: 'Add evidence – Record of Learning' };

export default async function NewEvidencePage() {
  await requirePageViewer('/record-of-learning/evidence/new');
  return (
    <>
      <Link href="/record-of-learning/evidence" className="text-[var(--link)] underline">
        ‹ Back to Other Evidence
      </Link>
      <h2 className="mt-4 text-2xl font-bold">Add evidence</h2>
      <EvidenceForm
        action={createEvidenceAction}
        initial={{ title: '', description: '', provider: '', completedOn: '', hours: '', filename: null }}
        accept={EVIDENCE_ACCEPT}
        typesText={EVIDENCE_TYPES_TEXT}
        submitText="Add evidence"
      />
    </>
  );
}
