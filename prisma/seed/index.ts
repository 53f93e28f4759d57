// Placeholder seed entry point (`npm run db:seed`). The seed engineer replaces this file.
// It must succeed on an empty schema, so it only proves the database is reachable.
import { db, disconnectDb } from '../../lib/db';

async function main(): Promise<void> {
  await db.$queryRaw`SELECT 1`;
  console.log('Seed: nothing to seed yet.');
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
