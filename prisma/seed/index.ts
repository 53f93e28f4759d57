// `npm run db:seed`: fills an empty database with the demo data (skips when it is already there).
import { db, disconnectDb } from '../../lib/db';
import { seed } from './seed';

export { seed } from './seed';
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';

async function main(): Promise<void> {
  const started = Date.now();
  const result = await seed(db, { log: process.argv.includes('--verbose') ? console.log : undefined });
  if (result.skipped) console.log('Seed: demo data already present (organisation "hcc"), nothing to do.');
  else
    console.log(
      `Seed: ${result.people} people and ${result.courses} courses in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
}

if (require.main === module) {
  main()
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => disconnectDb());
}
