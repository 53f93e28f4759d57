// Database helpers for integration tests. Call resetDb() in beforeAll and disconnect() in afterAll of each file.
import { db, disconnectDb } from '@/lib/db';
import { stopBoss } from '@/lib/jobs/boss';

// Empties every table of the public schema (except Prisma's migration history) and restarts identities.
export async function resetDb(): Promise<void> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename::text AS name FROM pg_tables
    WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  const list = tables.map(({ name }) => `"public"."${name.replaceAll('"', '""')}"`).join(', ');
  await db.$executeRawUnsafe(`TRUNCATE TABLE ${list} RESTART IDENTITY CASCADE`);
}

/** Stops the job queue client (started by anything that sends email or queues a job), then the database client. */
export async function disconnect(): Promise<void> {
  await stopBoss();
  await disconnectDb();
}
