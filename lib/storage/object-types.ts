// The object store's interface and key rule, shared by its drivers.
import type { Readable } from 'node:stream';

export type StoredObject = { body: Readable; size: number };

export interface ObjectStore {
  /** Stores bytes or a stream under key (replacing what was there). `size` is needed for streams on S3. */
  put(key: string, body: Buffer | Readable, options?: { size?: number; contentType?: string }): Promise<void>;
  /** The object as a stream, or null when there is none. */
  get(key: string): Promise<StoredObject | null>;
  exists(key: string): Promise<boolean>;
  /** Removes one object; a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Removes every object whose key starts with prefix + "/" (a package folder). */
  removePrefix(prefix: string): Promise<void>;
}

const KEY = /^[A-Za-z0-9][A-Za-z0-9._~@+-]*(\/[A-Za-z0-9._~@+ ()-][A-Za-z0-9._~@+ ()-]*)*$/;

/** Refuses keys that could leave the store's folder: "..", absolute paths, backslashes, empty segments. */
export function assertSafeKey(key: string): void {
  if (key.length > 1024 || !KEY.test(key) || key.split('/').some((part) => part === '.' || part === '..')) {
    throw new Error('Invalid storage key');
  }
}
