/** @jest-environment node */
import { db } from '@/lib/db';
import { isEmbeddedDb } from '@/lib/env';
import { disconnect, resetDb } from '../helpers/db';

beforeAll(resetDb);
afterAll(disconnect);

describe('lib/db against the test database', () => {
  it('uses the database prepared by the global set-up', () => {
    expect(isEmbeddedDb()).toBe(!process.env.TEST_DATABASE_URL);
  });

  it('runs queries', async () => {
    const rows = await db.$queryRaw<{ one: number }[]>`SELECT 1::int AS one`;
    expect(rows).toEqual([{ one: 1 }]);
  });

  it('has the migration history table written by prisma migrate deploy', async () => {
    const rows = await db.$queryRaw<{ present: boolean }[]>`
      SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`;
    expect(rows[0]?.present).toBe(true);
  });
});
