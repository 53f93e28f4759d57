// `npm run db:seed` (add `-- --verbose` for step timings): fills an empty database with the demo data, or skips
// when it is already there. A PostgreSQL database also needs `-- --force --confirm=<its name>` (public passwords).
import { db, disconnectDb } from '../../lib/db';
import { getEnv } from '../../lib/env';
import { assertMayOverwrite } from '../../scripts/lib/overwrite-guard';
import { seed } from './seed';

export { seed } from './seed';
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';

async function main(): Promise<void> {
  const started = Date.now();
  const cpu = process.cpuUsage();
  const result = await seed(db, { log: process.argv.includes('--verbose') ? console.log : undefined });
  if (result.skipped) {
    console.log('Seed: demo data already present (organisation "hcc"), nothing to do.');
    return;
  }
  const used = process.cpuUsage(cpu);
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  console.log(
    `Seed: ${result.people} people and ${result.courses} courses in ${seconds(Date.now() - started)} s ` +
      `(${seconds((used.user + used.system) / 1000)} s of CPU in this process).`,
  );
}

if (require.main === module) {
  try {
    assertMayOverwrite({ databaseUrl: getEnv().databaseUrl, argv: process.argv, action: 'seed' });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  main()
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => disconnectDb());
}
