// Other Evidence writes: learners add, edit and delete their own records of learning done elsewhere.
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { deleteStoredBytes, withStoredUpload, type Upload } from '@/lib/storage/uploads';
import { checkEvidenceFile, cleanFilename } from './rules';
import type { EvidenceInput } from './schemas';

export type UploadedFile = { name: string; type: string; size: number; bytes: Buffer };

function fields(input: EvidenceInput) {
  return {
    title: input.title,
    description: input.description,
    provider: input.provider,
    completedOn: input.completedOn,
    hours: input.hours,
  };
}

/** Checks the file and describes it for lib/storage; the bytes are stored by withStoredUpload. */
function checkedUpload(viewer: Viewer, file: UploadedFile | null): Upload | null {
  if (!file) return null;
  const checked = checkEvidenceFile({
    name: file.name,
    type: file.type,
    size: file.size,
    head: file.bytes.subarray(0, 16),
  });
  if (!checked.ok) throw new ValidationError({ file: checked.error });
  return {
    prefix: 'evidence',
    bytes: file.bytes,
    filename: cleanFilename(file.name),
    mimeType: checked.mimeType,
    ownerId: viewer.id,
  };
}

export async function createEvidence(
  viewer: Viewer,
  input: EvidenceInput,
  file: UploadedFile | null,
): Promise<{ id: number }> {
  return withStoredUpload(checkedUpload(viewer, file), async (tx, fileId) => ({
    result: await tx.evidence.create({ data: { ...fields(input), userId: viewer.id, fileId }, select: { id: true } }),
  }));
}

/** Updates the viewer's own evidence; a new file replaces the old one, which is then deleted. */
export async function updateEvidence(
  viewer: Viewer,
  id: number,
  input: EvidenceInput,
  file: UploadedFile | null,
): Promise<void> {
  await withStoredUpload(checkedUpload(viewer, file), async (tx, fileId) => {
    const existing = await tx.evidence.findFirst({
      where: { id, userId: viewer.id },
      select: { fileId: true, file: { select: { key: true } } },
    });
    if (!existing) throw new NotFoundError('We could not find that evidence.');
    const replacing = fileId !== null || input.removeFile === 'yes';
    await tx.evidence.update({
      where: { id },
      data: { ...fields(input), ...(replacing ? { fileId } : {}) },
    });
    if (replacing && existing.fileId) {
      await tx.storedFile.delete({ where: { id: existing.fileId } });
      return { result: undefined, obsoleteKeys: [existing.file?.key ?? ''] };
    }
    return { result: undefined };
  });
}

export async function deleteEvidence(viewer: Viewer, id: number): Promise<void> {
  const key = await db.$transaction(async (tx) => {
    const existing = await tx.evidence.findFirst({
      where: { id, userId: viewer.id },
      select: { fileId: true, file: { select: { key: true } } },
    });
    if (!existing) throw new NotFoundError('We could not find that evidence.');
    await tx.evidence.delete({ where: { id } });
    if (existing.fileId) await tx.storedFile.delete({ where: { id: existing.fileId } });
    return existing.file?.key ?? null;
  });
  await deleteStoredBytes([key]);
}
