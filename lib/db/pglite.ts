import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/** Extensions every embedded database loads (the migration creates them; the catalogue search needs pg_trgm). */
export const PGLITE_OPTIONS: PGliteOptions = { extensions: { pg_trgm } };

// Open the embedded database stored in `dataDir`. PGlite fails if the parent folder is missing.
export async function openPglite(dataDir: string): Promise<PGlite> {
  mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const db = new PGlite(dataDir, PGLITE_OPTIONS);
  await db.waitReady;
  return db;
}
