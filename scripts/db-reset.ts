// npm run db:reset — drop everything, re-apply migrations, re-seed.
// Embedded DB: deletes its folder. PostgreSQL: DROP SCHEMA public CASCADE, only with --force --confirm=<db name>.
import { rmSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { getEnv } from '../lib/env';
import { loadEnv } from './lib/load-env';
import { migrateDeploy } from './lib/migrate';
import { assertMayOverwrite, overwriteFlags } from './lib/overwrite-guard';
import { runSeed, seedMarker } from './lib/prepare-db';

async function main(): Promise<void> {
  loadEnv();
  const { databaseUrl, pgliteDataDir } = getEnv();
  assertMayOverwrite({ databaseUrl, argv: process.argv, action: 'reset' });
  if (databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
    await client.end();
  } else {
    rmSync(pgliteDataDir, { recursive: true, force: true });
  }
  await migrateDeploy();
  await runSeed(databaseUrl ? overwriteFlags(databaseUrl) : []);
  if (!databaseUrl) writeFileSync(seedMarker(pgliteDataDir), `${new Date().toISOString()}\n`);
  console.log('Database reset.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
