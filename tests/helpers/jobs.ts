// Helpers for tests that run the job queue: wait for a condition while a worker polls.
export async function waitFor<T>(
  check: () => Promise<T | undefined | null | false>,
  { timeoutMs = 20_000, intervalMs = 100 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Empties pg-boss's job tables (resetDb only empties the public schema), so each test file starts with no jobs. */
export async function resetQueue(): Promise<void> {
  const { db } = await import('@/lib/db');
  const rows = await db.$queryRaw<{ present: boolean }[]>`SELECT to_regclass('pgboss.job') IS NOT NULL AS present`;
  if (rows[0]?.present) await db.$executeRawUnsafe('TRUNCATE pgboss.job, pgboss.archive');
}
