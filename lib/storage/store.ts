// Whole-file access by key for small uploads (evidence, FILE activities), on the same object store as SCORM
// packages: a local folder (<DATA_DIR>/objects) by default, or the S3 bucket. Metadata lives in StoredFile; the
// bytes live in the store under an unguessable key.
import { Readable } from 'node:stream';
import { NotFoundError } from '@/lib/errors';
import { getObjectStore } from '@/lib/storage/object-store';
import type { ObjectStore } from '@/lib/storage/object-types';

export interface FileStore {
  put(key: string, bytes: Buffer): Promise<void>;
  /** The whole file; a NotFoundError when there is none. */
  get(key: string): Promise<Buffer>;
  /** Removes the bytes; a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** The bytes as a web stream, for large files (exports). */
  stream(key: string): Promise<ReadableStream<Uint8Array>>;
}

/** The whole-file view of an object store (the configured one unless given). */
export function getFileStore(objects: ObjectStore = getObjectStore()): FileStore {
  const open = async (key: string) => {
    const object = await objects.get(key);
    if (!object) throw new NotFoundError('We could not find that file.');
    return object.body;
  };
  return {
    put: (key, bytes) => objects.put(key, bytes),
    async get(key) {
      const chunks: Buffer[] = [];
      for await (const chunk of await open(key)) chunks.push(Buffer.from(chunk as Uint8Array));
      return Buffer.concat(chunks);
    },
    delete: (key) => objects.delete(key),
    stream: async (key) => Readable.toWeb(await open(key)) as ReadableStream<Uint8Array>,
  };
}
