'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { failure, formValues, zodFieldErrors, type ActionResult } from '@/lib/action-result';
import { requireViewer } from '@/lib/auth/guards';
import { createEvidence, deleteEvidence, updateEvidence, type UploadedFile } from '@/lib/evidence/commands';
import { evidenceSchema } from '@/lib/evidence/schemas';

async function uploaded(formData: FormData): Promise<UploadedFile | null> {
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0 || !file.name) return null;
  return { name: file.name, type: file.type, size: file.size, bytes: Buffer.from(await file.arrayBuffer()) };
}

function parse(formData: FormData) {
  return evidenceSchema.safeParse({
    title: formData.get('title') ?? '',
    description: formData.get('description') ?? undefined,
    provider: formData.get('provider') ?? undefined,
    completedOn: formData.get('completedOn') ?? '',
    hours: formData.get('hours') ?? undefined,
    removeFile: formData.get('removeFile') ?? undefined,
  });
}

export async function createEvidenceAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = parse(formData);
  if (!parsed.success)
    return { ok: false, message: 'Check the form', fieldErrors: zodFieldErrors(parsed.error), values };
  try {
    const viewer = await requireViewer();
    await createEvidence(viewer, parsed.data, await uploaded(formData));
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath('/record-of-learning/evidence');
  redirect('/record-of-learning/evidence?saved=added');
}

const idSchema = z.coerce.number().int().positive();

export async function updateEvidenceAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const id = idSchema.safeParse(formData.get('id'));
  const parsed = parse(formData);
  if (!id.success) return { ok: false, message: 'Reload the page and try again.', fieldErrors: {}, values };
  if (!parsed.success)
    return { ok: false, message: 'Check the form', fieldErrors: zodFieldErrors(parsed.error), values };
  try {
    const viewer = await requireViewer();
    await updateEvidence(viewer, id.data, parsed.data, await uploaded(formData));
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath('/record-of-learning/evidence');
  redirect('/record-of-learning/evidence?saved=updated');
}

export async function deleteEvidenceAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const id = idSchema.safeParse(formData.get('id'));
  if (!id.success) return { ok: false, message: 'Reload the page and try again.', fieldErrors: {} };
  try {
    const viewer = await requireViewer();
    await deleteEvidence(viewer, id.data);
  } catch (error) {
    return failure(error);
  }
  revalidatePath('/record-of-learning/evidence');
  redirect('/record-of-learning/evidence?saved=deleted');
}
