// The local-folder driver of the object store: <DATA_DIR>/objects/<key>. Writes go to a temporary file first and
// are renamed into place, so a reader never sees half a file.
import { randomUUID } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmdirSync,
} from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertSafeKey, type ObjectStore } from './object-types';

export function createLocalObjectStore(root: string): ObjectStore {
  const base = path.resolve(root);
  const fileOf = (key: string) => {
    assertSafeKey(key);
    const file = path.resolve(base, key);
    if (!file.startsWith(base + path.sep)) throw new Error('Invalid storage key');
    return file;
  };
  return {
    async put(key, body) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      const temp = `${file}.${randomUUID()}.tmp`;
      try {
        await pipeline(Buffer.isBuffer(body) ? Readable.from([body]) : body, createWriteStream(temp, { mode: 0o600 }));
        await rename(temp, file);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
    async get(key) {
      const file = fileOf(key);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return null;
      return { body: createReadStream(file), size: info.size };
    },
    async exists(key) {
      const info = await stat(fileOf(key)).catch(() => null);
      return !!info?.isFile();
    },
    async delete(key) {
      await rm(fileOf(key), { force: true });
    },
    async removePrefix(prefix) {
      await rm(fileOf(prefix), { recursive: true, force: true });
    },
  };
}

/**
 * Moves files kept by the old uploads folder (<DATA_DIR>/files, before evidence and activity files joined the
 * object store) into the store's folder, keeping anything already there; the old folder goes once it is empty.
 */
export function adoptLegacyFolder(from: string, root: string): void {
  if (!existsSync(from)) return;
  const move = (source: string, target: string) => {
    for (const entry of readdirSync(source, { withFileTypes: true })) {
      const a = path.join(source, entry.name);
      const b = path.join(target, entry.name);
      if (entry.isDirectory()) {
        mkdirSync(b, { recursive: true });
        move(a, b);
        if (readdirSync(a).length === 0) rmdirSync(a);
      } else if (entry.isFile() && !existsSync(b)) renameSync(a, b);
    }
  };
  mkdirSync(root, { recursive: true });
  move(from, root);
  if (readdirSync(from).length === 0) rmdirSync(from);
}
