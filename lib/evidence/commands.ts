// Other Evidence writes: learners add, edit and delete their own records of learning done elsewhere.
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { NotFoundError, ValidationError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getFileStore, newFileKey } from '@/lib/storage/local';
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

/** Checks and stores the file's bytes; the caller records the StoredFile row in its transaction. */
async function storeFile(viewer: Viewer, file: UploadedFile) {
  const checked = checkEvidenceFile({
    name: file.name,
    type: file.type,
    size: file.size,
    head: file.bytes.subarray(0, 16),
  });
  if (!checked.ok) throw new ValidationError({ file: checked.error });
  const { key, sha256 } = newFileKey('evidence', file.bytes);
  await getFileStore().put(key, file.bytes);
  return {
    key,
    sha256,
    filename: cleanFilename(file.name),
    mimeType: checked.mimeType,
    sizeBytes: file.size,
    ownerId: viewer.id,
  };
}

async function withStoredFile<T>(
  viewer: Viewer,
  file: UploadedFile | null,
  fn: (tx: Prisma.TransactionClient, fileId: number | null) => Promise<T>,
): Promise<T> {
  const stored = file ? await storeFile(viewer, file) : null;
  try {
    return await db.$transaction(async (tx) => {
      const row = stored ? await tx.storedFile.create({ data: stored, select: { id: true } }) : null;
      return fn(tx, row?.id ?? null);
    });
  } catch (error) {
    if (stored) await getFileStore().remove(stored.key);
    throw error;
  }
}

export async function createEvidence(
  viewer: Viewer,
  input: EvidenceInput,
  file: UploadedFile | null,
): Promise<{ id: number }> {
  return withStoredFile(viewer, file, (tx, fileId) =>
    tx.evidence.create({ data: { ...fields(input), userId: viewer.id, fileId }, select: { id: true } }),
  );
}

/** Updates the viewer's own evidence; a new file replaces the old one, which is then deleted. */
export async function updateEvidence(
  viewer: Viewer,
  id: number,
  input: EvidenceInput,
  file: UploadedFile | null,
): Promise<void> {
  const oldKey = await withStoredFile(viewer, file, async (tx, fileId) => {
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
      return existing.file?.key ?? null;
    }
    return null;
  });
  if (oldKey) await getFileStore().remove(oldKey);
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
  if (key) await getFileStore().remove(key);
}
