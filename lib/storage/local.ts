// Files kept through one small interface: a local folder (<DATA_DIR>/files) by default. Metadata lives in
// StoredFile; the bytes live in the store under an unguessable key.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getEnv } from '@/lib/env';

export interface FileStore {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
}

function localPath(key: string): string {
  if (!/^[a-z0-9/-]+$/i.test(key) || key.includes('..')) throw new Error('Invalid storage key');
  return path.join(getEnv().dataDir, 'files', key);
}

export const localFileStore: FileStore = {
  async put(key, bytes) {
    const file = localPath(key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes, { mode: 0o600 });
  },
  get: (key) => readFile(localPath(key)),
  remove: (key) => rm(localPath(key), { force: true }),
};

export function getFileStore(): FileStore {
  return localFileStore;
}

/** A fresh key such as "evidence/2026/4f1c…" and the sha256 of the bytes. */
export function newFileKey(prefix: string, bytes: Buffer): { key: string; sha256: string } {
  const year = new Date().getUTCFullYear();
  return { key: `${prefix}/${year}/${randomUUID()}`, sha256: createHash('sha256').update(bytes).digest('hex') };
}
