// The one way an upload is stored: bytes into the file store under a fresh key, the StoredFile row in the
// caller's transaction, and the bytes removed again if that transaction fails (so no orphan files, no rows
// pointing at nothing). Checking what may be uploaded stays with the capability (evidence rules, SCORM, ...).
import { createHash, randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getFileStore } from '@/lib/storage/store';

export type Upload = {
  /** First part of the key: "evidence", "activities", "scorm". */
  prefix: string;
  bytes: Buffer;
  filename: string;
  mimeType: string;
  ownerId: number;
};

/** A fresh key such as "evidence/2026/4f1c…" and the sha256 of the bytes. */
export function newFileKey(prefix: string, bytes: Buffer): { key: string; sha256: string } {
  const year = new Date().getUTCFullYear();
  return { key: `${prefix}/${year}/${randomUUID()}`, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Stores `upload` (if any), then runs `fn` in a transaction with the new StoredFile id. `fn` may return keys of
 * files it replaced (`obsoleteKeys`): their bytes are deleted once the transaction has committed.
 */
export async function withStoredUpload<T>(
  upload: Upload | null,
  fn: (tx: Prisma.TransactionClient, fileId: number | null) => Promise<{ result: T; obsoleteKeys?: string[] }>,
): Promise<T> {
  const store = getFileStore();
  const stored = upload ? { ...newFileKey(upload.prefix, upload.bytes), upload } : null;
  if (stored) await store.put(stored.key, stored.upload.bytes);
  let outcome: { result: T; obsoleteKeys?: string[] };
  try {
    outcome = await db.$transaction(async (tx) => {
      const row = stored
        ? await tx.storedFile.create({
            data: {
              key: stored.key,
              sha256: stored.sha256,
              filename: stored.upload.filename,
              mimeType: stored.upload.mimeType,
              sizeBytes: stored.upload.bytes.length,
              ownerId: stored.upload.ownerId,
            },
            select: { id: true },
          })
        : null;
      return fn(tx, row?.id ?? null);
    });
  } catch (error) {
    if (stored) await store.delete(stored.key);
    throw error;
  }
  await deleteStoredBytes(outcome.obsoleteKeys ?? []);
  return outcome.result;
}

/** Deletes the bytes of files whose StoredFile rows are gone (after the deleting transaction committed). */
export async function deleteStoredBytes(keys: (string | null | undefined)[]): Promise<void> {
  const store = getFileStore();
  for (const key of keys) if (key) await store.delete(key);
}
