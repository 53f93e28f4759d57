import type { Metadata } from 'next';
import Link from 'next/link';
import { DeleteEvidenceForm, EvidenceForm } from '@/components/learning/evidence-form';
import { requirePageViewer, pageOrNotFound } from '@/lib/auth/guards';
import { getOwnEvidence } from '@/lib/evidence/queries';
import { EVIDENCE_ACCEPT, EVIDENCE_TYPES_TEXT } from '@/lib/evidence/rules';
import { isoDay } from '@/lib/format';
import { deleteEvidenceAction, updateEvidenceAction } from '../../actions';
import { parseIdParam } from '@/lib/validation';

export const metadata: Metadata = { title: 'Change evidence – Record of Learning' };

export default async function EditEvidencePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePageViewer(`/record-of-learning/evidence/${id}/edit`);
  const evidence = await pageOrNotFound(() => getOwnEvidence(viewer, parseIdParam(id)));
  return (
    <>
      <Link href="/record-of-learning/evidence" className="text-[var(--link)] underline">
        ‹ Back to Other Evidence
      </Link>
      <h2 className="mt-4 text-2xl font-bold">Change evidence</h2>
      <EvidenceForm
        action={updateEvidenceAction}
        initial={{
          id: evidence.id,
          title: evidence.title,
          description: evidence.description ?? '',
          provider: evidence.provider ?? '',
          completedOn: isoDay(evidence.completedOn),
          hours: evidence.hours ?? '',
          filename: evidence.file?.filename ?? null,
        }}
        accept={EVIDENCE_ACCEPT}
        typesText={EVIDENCE_TYPES_TEXT}
        submitText="Save changes"
      />
      <section aria-labelledby="delete-title" className="mt-12 border-t border-slate-300 pt-6">
        <h3 id="delete-title" className="text-xl font-bold">
          Delete this evidence
        </h3>
        <p className="mt-2">This removes it and its file from your Record of Learning. You cannot undo this.</p>
        <DeleteEvidenceForm action={deleteEvidenceAction} id={evidence.id} title={evidence.title} />
      </section>
    </>
  );
}
