// npm run db:migrate — apply committed migrations to DATABASE_URL, or to the embedded DB when it is unset.
import { loadEnv } from './lib/load-env';
import { migrateDeploy } from './lib/migrate';

loadEnv();
migrateDeploy({}, { quiet: false }).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
