// Putting work on the queue. Payloads are validated against the job's schema here, so a bad payload fails at the
// caller, not later in the worker. With a dedupeKey the same logical job is queued at most once, ever: the key is
// claimed in JobDedupe in the same transaction that inserts the pg-boss job row.
import { randomUUID } from 'node:crypto';
import type PgBoss from 'pg-boss';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ensureQueue, getBoss } from './boss';
import type { JobDefinition, JobPayload } from './define';
import { prismaExecutor } from './executors';
import { wakeWorkers } from './worker';

export type EnqueueOptions = {
  /** e.g. "reminder:<bookingId>:<day>" (see dedupeKey() in rules.ts). */
  dedupeKey?: string;
  /** Run no earlier than this. */
  startAfter?: Date;
};

/**
 * Makes the queue ready for `enqueueWithin`: call it BEFORE opening the transaction (on the embedded database the
 * queue shares the app's single connection, so it cannot be set up from inside someone else's transaction).
 */
export async function prepareQueue(job: JobDefinition): Promise<PgBoss> {
  const boss = await getBoss();
  await ensureQueue(boss, job);
  return boss;
}

/**
 * Queues a job inside the caller's Prisma transaction: the job exists if and only if the transaction commits.
 * Returns the job id, or null when the dedupeKey was already used. Call prepareQueue(job) first, and
 * wakeWorkers(job.name) after the commit if the job should start before the next poll.
 */
export async function enqueueWithin<J extends JobDefinition>(
  tx: Prisma.TransactionClient,
  job: J,
  payload: JobPayload<J>,
  options: EnqueueOptions = {},
): Promise<string | null> {
  const data = job.schema.parse(payload) as object;
  const boss = await getBoss();
  if (options.dedupeKey) {
    const claimed = await tx.jobDedupe.createMany({
      data: [{ key: options.dedupeKey, jobName: job.name }],
      skipDuplicates: true,
    });
    if (claimed.count === 0) return null;
  }
  const jobId = await boss.send(job.name, data, {
    db: prismaExecutor(tx),
    ...(options.startAfter ? { startAfter: options.startAfter } : {}),
  });
  if (!jobId) throw new Error(`Job ${job.name} was not queued (is its queue created?)`);
  if (options.dedupeKey) {
    await tx.jobDedupe.update({ where: { key: options.dedupeKey }, data: { jobId } });
  }
  return jobId;
}

/** Queues a job. Returns its id, or null when a job with the same dedupeKey was queued before. */
export async function enqueue<J extends JobDefinition>(
  job: J,
  payload: JobPayload<J>,
  options: EnqueueOptions = {},
): Promise<string | null> {
  job.schema.parse(payload);
  await prepareQueue(job);
  const id = await db.$transaction((tx) => enqueueWithin(tx, job, payload, options));
  if (id && !options.startAfter) wakeWorkers(job.name);
  return id;
}

/**
 * Queues many jobs of one kind inside the caller's transaction in two statements, whatever their number (a
 * scheduled pass that moves thousands of records on queues one follow-up each). Each item's dedupeKey is claimed
 * like enqueueWithin's; items whose key was used before are skipped. Returns how many were queued.
 */
export async function enqueueManyWithin<J extends JobDefinition>(
  tx: Prisma.TransactionClient,
  job: J,
  items: { payload: JobPayload<J>; dedupeKey: string }[],
): Promise<number> {
  if (items.length === 0) return 0;
  const planned = items.map((item) => ({
    id: randomUUID(),
    key: item.dedupeKey,
    data: job.schema.parse(item.payload) as object,
  }));
  const claimed = await tx.$queryRaw<{ key: string }[]>`
    INSERT INTO "JobDedupe" ("key", "jobName", "jobId")
    SELECT k, ${job.name}, i FROM unnest(${planned.map((p) => p.key)}::text[], ${planned.map((p) => p.id)}::text[]) AS t(k, i)
    ON CONFLICT ("key") DO NOTHING
    RETURNING "key"`;
  const won = new Set(claimed.map((row) => row.key));
  const jobs = planned.filter((p) => won.has(p.key)).map((p) => ({ id: p.id, name: job.name, data: p.data }));
  if (jobs.length === 0) return 0;
  const boss = await getBoss();
  await boss.insert(jobs, { db: prismaExecutor(tx) });
  return jobs.length;
}
