// npm run db:regen-init
// Rewrites prisma/migrations/0001_init/migration.sql from the schema (no database needed), then appends the raw
// SQL in prisma/sql/*.sql (CHECK constraints, extensions, indexes the schema cannot express).
// Only for the first release, before any database holds data: afterwards use `npm run db:migration -- <name>`.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadEnv } from './lib/load-env';
import { runPrisma } from './lib/run';

const DIR = path.join('prisma', 'migrations', '0001_init');
const RAW = path.join('prisma', 'sql');

async function main(): Promise<void> {
  loadEnv();
  const diff = await runPrisma(
    ['migrate', 'diff', '--from-empty', '--to-schema-datamodel', path.join('prisma', 'schema'), '--script'],
    { capture: true },
  );
  if (diff.code !== 0) throw new Error(`prisma migrate diff failed (exit code ${diff.code})`);
  const parts = [diff.stdout.trim()];
  if (existsSync(RAW)) {
    for (const file of readdirSync(RAW).filter((f) => f.endsWith('.sql')).sort()) {
      parts.push(`-- prisma/sql/${file}\n${readFileSync(path.join(RAW, file), 'utf8').trim()}`);
    }
  }
  mkdirSync(DIR, { recursive: true });
  writeFileSync(path.join(DIR, 'migration.sql'), `${parts.join('\n\n')}\n`);
  const lock = path.join('prisma', 'migrations', 'migration_lock.toml');
  if (!existsSync(lock)) writeFileSync(lock, 'provider = "postgresql"\n');
  console.log(`Wrote ${path.join(DIR, 'migration.sql')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
