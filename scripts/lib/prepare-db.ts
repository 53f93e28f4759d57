// Bring the database up to date before the app starts: apply migrations (same path as `npm run db:migrate`)
// and, on the embedded database, run the seed once, the first time the database is created.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getEnv } from '../../lib/env';
import { migrateDeploy } from './migrate';
import { run } from './run';

export function seedMarker(pgliteDataDir: string): string {
  return path.join(path.dirname(pgliteDataDir), `${path.basename(pgliteDataDir)}.seeded`);
}

/** Runs the seed script (`args`: the confirmation flags a PostgreSQL database needs). */
export async function runSeed(args: string[] = []): Promise<void> {
  const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const { code } = await run(tsx, ['prisma/seed/index.ts', ...args]);
  if (code !== 0) throw new Error(`Seed failed (exit code ${code})`);
}

export async function prepareDatabase(): Promise<void> {
  const { databaseUrl, pgliteDataDir } = getEnv();
  const marker = seedMarker(pgliteDataDir);
  if (!databaseUrl && !existsSync(pgliteDataDir)) rmSync(marker, { force: true });
  await migrateDeploy();
  if (databaseUrl || existsSync(marker)) return;
  console.log('New embedded database: seeding demo data...');
  await runSeed();
  writeFileSync(marker, `${new Date().toISOString()}\n`);
}
