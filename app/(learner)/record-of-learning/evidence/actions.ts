'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/auth/action';
import { createEvidence, deleteEvidence, updateEvidence, type UploadedFile } from '@/lib/evidence/commands';
import { evidenceSchema } from '@/lib/evidence/schemas';
import { idSchema } from '@/lib/validation';

async function uploaded(formData: FormData): Promise<UploadedFile | null> {
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0 || !file.name) return null;
  return { name: file.name, type: file.type, size: file.size, bytes: Buffer.from(await file.arrayBuffer()) };
}

const fields = (formData: FormData) => ({
  id: formData.get('id') ?? undefined,
  title: formData.get('title') ?? '',
  description: formData.get('description') ?? undefined,
  provider: formData.get('provider') ?? undefined,
  completedOn: formData.get('completedOn') ?? '',
  hours: formData.get('hours') ?? undefined,
  removeFile: formData.get('removeFile') ?? undefined,
});

export const createEvidenceAction = formAction(
  { schema: evidenceSchema, input: fields },
  async (viewer, input, ctx) => {
    await createEvidence(viewer, input, await uploaded(ctx.formData));
    revalidatePath('/record-of-learning/evidence');
    redirect('/record-of-learning/evidence?saved=added');
  },
);

export const updateEvidenceAction = formAction(
  { schema: evidenceSchema.extend({ id: idSchema }), input: fields },
  async (viewer, { id, ...input }, ctx) => {
    await updateEvidence(viewer, id, input, await uploaded(ctx.formData));
    revalidatePath('/record-of-learning/evidence');
    redirect('/record-of-learning/evidence?saved=updated');
  },
);

export const deleteEvidenceAction = formAction(
  { schema: z.object({ id: idSchema }), invalidMessage: 'Reload the page and try again.' },
  async (viewer, { id }) => {
    await deleteEvidence(viewer, id);
    revalidatePath('/record-of-learning/evidence');
    redirect('/record-of-learning/evidence?saved=deleted');
  },
);
