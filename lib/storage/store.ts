// Files kept through one small interface, by key: a local folder (<DATA_DIR>/files) by default; an S3-compatible
// driver can sit behind the same interface. Metadata lives in StoredFile; the bytes live in the store under an
// unguessable key.
import { localFileStore } from '@/lib/storage/local';

export interface FileStore {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  /** Removes the bytes; a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** The bytes as a web stream, for large files (SCORM assets, exports). */
  stream(key: string): Promise<ReadableStream<Uint8Array>>;
}

/** The configured store (today always the local folder). */
export function getFileStore(): FileStore {
  return localFileStore;
}
