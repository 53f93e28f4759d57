// One interface for stored objects (SCORM package files, evidence, activity files): a local folder by default, or an
// S3-compatible bucket when STORAGE_DRIVER=s3, so several app instances share the same files. Keys are
// slash-separated paths made by the server ("scorm/3f2c…/index.html"); readers stream, never buffer whole files.
import { getEnv } from '@/lib/env';
import { adoptLegacyFolder, createLocalObjectStore } from './local-objects';
import type { ObjectStore } from './object-types';
import { createS3ObjectStore } from './s3';

const cache = globalThis as unknown as { ilearnObjectStore?: ObjectStore };

export function getObjectStore(): ObjectStore {
  if (cache.ilearnObjectStore) return cache.ilearnObjectStore;
  const { storage, dataDir } = getEnv();
  let store: ObjectStore;
  if (storage.driver === 's3') store = createS3ObjectStore(storage.s3);
  else {
    adoptLegacyFolder(`${dataDir}/files`, `${dataDir}/objects`);
    store = createLocalObjectStore(`${dataDir}/objects`);
  }
  cache.ilearnObjectStore = store;
  return store;
}
