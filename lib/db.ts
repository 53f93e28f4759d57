// The one Prisma client of the app, cached on globalThis (survives hot reload in `next dev`).
// DATABASE_URL set -> PostgreSQL through @prisma/adapter-pg; otherwise the embedded PGlite database.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { getEnv } from './env';
import { PGLITE_OPTIONS } from './db/pglite';
import { PrismaClient } from './generated/prisma/client';
import { log } from './log';

// Session settings every connection gets. Find Learning's fuzzy arm (`word <% search text`, served by a trigram
// index) compares with pg_trgm.word_similarity_threshold: the search has always accepted 0.5 (a transposed letter
// in a long word, "safegaurding"); pg_trgm's default is 0.6.
const SESSION_SETTINGS: Record<string, string> = { 'pg_trgm.word_similarity_threshold': '0.5' };

type DbState = { client: PrismaClient; pglite?: PGlite };
const globalForDb = globalThis as unknown as { ilearnDb?: DbState };

function create(): DbState {
  const { databaseUrl, pgliteDataDir } = getEnv();
  if (databaseUrl) {
    const options = Object.entries(SESSION_SETTINGS)
      .map(([name, value]) => `-c ${name}=${value}`)
      .join(' ');
    return { client: new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, options }) }) };
  }
  mkdirSync(path.dirname(pgliteDataDir), { recursive: true }); // PGlite fails when the parent is missing
  const pglite = new PGlite(pgliteDataDir, PGLITE_OPTIONS);
  // One session for the whole process: set once, ahead of every query (PGlite runs them in order).
  for (const [name, value] of Object.entries(SESSION_SETTINGS)) {
    pglite.query('SELECT set_config($1, $2, false)', [name, value]).catch(() => undefined);
  }
  const state: DbState = { client: new PrismaClient({ adapter: new PrismaPGlite(pglite) }), pglite };
  // Never keep a database that failed to start: the next access tries again.
  pglite.waitReady.catch((error: unknown) => {
    if (globalForDb.ilearnDb === state) globalForDb.ilearnDb = undefined;
    log.error('embedded database failed to start', error);
  });
  return state;
}

function current(): PrismaClient {
  globalForDb.ilearnDb ??= create();
  return globalForDb.ilearnDb.client;
}

// Created on first use, so importing this module (e.g. during `next build`) opens nothing.
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = current();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});

/**
 * The embedded PGlite instance behind `db` (created on first use), or undefined on PostgreSQL. The job queue runs
 * on it in-process: PGlite is one connection, so everything in this process must share this one instance.
 */
export function getEmbeddedPglite(): PGlite | undefined {
  current();
  return globalForDb.ilearnDb?.pglite;
}

// Close the client (and the embedded database). For scripts and tests.
export async function disconnectDb(): Promise<void> {
  const state = globalForDb.ilearnDb;
  if (!state) return;
  globalForDb.ilearnDb = undefined;
  await state.client.$disconnect();
  await state.pglite?.close();
}

export type { PrismaClient };
