import type { TestDatabase } from '../helpers/test-database';

const store = globalThis as unknown as { ilearnIntegrationDb?: TestDatabase };

export default async function globalTeardown(): Promise<void> {
  await store.ilearnIntegrationDb?.drop();
  store.ilearnIntegrationDb = undefined;
}
