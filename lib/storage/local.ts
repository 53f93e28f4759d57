// The local-folder driver of lib/storage: <DATA_DIR>/files/<key>, readable only by the server's user.
import { createReadStream } from 'node:fs';
import { access, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { getEnv } from '@/lib/env';
import type { FileStore } from '@/lib/storage/store';

function localPath(key: string): string {
  if (!/^[a-z0-9/._-]+$/i.test(key) || key.split('/').some((part) => part === '..' || part === '.' || part === ''))
    throw new Error('Invalid storage key');
  return path.join(getEnv().dataDir, 'files', key);
}

export const localFileStore: FileStore = {
  async put(key, bytes) {
    const file = localPath(key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes, { mode: 0o600 });
  },
  get: (key) => readFile(localPath(key)),
  delete: (key) => rm(localPath(key), { force: true }),
  async stream(key) {
    const file = localPath(key);
    await access(file); // a missing key fails here, like get(), not later mid-stream
    return Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
  },
};
