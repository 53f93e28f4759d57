// Integration tier: a fresh database with the committed migrations applied; tests reach it through lib/db.
import { migrateDeploy } from '../../scripts/lib/migrate';
import { quietLibraries } from '../../scripts/lib/quiet-env';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const store = globalThis as unknown as { ilearnIntegrationDb?: TestDatabase };

export default async function globalSetup(): Promise<void> {
  const database = await createTestDatabase();
  store.ilearnIntegrationDb = database;
  try {
    await migrateDeploy(database.env);
  } catch (error) {
    await database.drop();
    throw error;
  }
  Object.assign(process.env, database.env); // inherited by the test workers
  quietLibraries();
  console.log(`\nIntegration tests use ${database.label}`);
}
