// Run by the browser global set-up after the seed, before `next start`: data the browser tests need
// whatever the seed contains. Runs as its own process with the test database's environment.
import { db, disconnectDb } from '../../lib/db';
import { ensureDemoUsers } from '../factories/demo-users';

ensureDemoUsers(db)
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
