import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

// Open the embedded database stored in `dataDir`. PGlite fails if the parent folder is missing.
export async function openPglite(dataDir: string): Promise<PGlite> {
  mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const db = new PGlite(dataDir);
  await db.waitReady;
  return db;
}
