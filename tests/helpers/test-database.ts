// A fresh database for one test run: on the local PostgreSQL server given by TEST_DATABASE_URL, or an embedded
// PGlite folder in a temp dir when it is not set. Used by the integration and browser global set-ups.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { isLocalHost, withDatabase } from '../../lib/db/pg-config';

export type TestDatabase = {
  /** Environment for processes using this database (DATABASE_URL empty = embedded PGlite). */
  env: { DATABASE_URL: string; PGLITE_DATA_DIR: string };
  label: string;
  drop: () => Promise<void>;
};

async function admin<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ilearn-test-'));
  if (!serverUrl) {
    const dir = path.join(tmp, 'pglite');
    return {
      env: { DATABASE_URL: '', PGLITE_DATA_DIR: dir },
      label: `embedded PGlite in ${dir}`,
      drop: async () => rmSync(tmp, { recursive: true, force: true }),
    };
  }
  if (!isLocalHost(serverUrl)) {
    throw new Error(
      `TEST_DATABASE_URL must point at a local server (localhost/127.0.0.1), got ${new URL(serverUrl).host}`,
    );
  }
  const name = `ilearn_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await admin(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    env: { DATABASE_URL: withDatabase(serverUrl, name), PGLITE_DATA_DIR: path.join(tmp, 'unused') },
    label: `PostgreSQL database ${name}`,
    drop: async () => {
      // Only ever drops the database this run created.
      await admin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
