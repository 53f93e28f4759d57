// Runs job handlers. One worker per process: inside the web server (instrumentation.ts, WORKER=inline, the
// default) or alone (`npm run worker`). Any number of workers can share one PostgreSQL database: pg-boss fetches
// with FOR UPDATE SKIP LOCKED, so each job goes to exactly one of them.
import type PgBoss from 'pg-boss';
import { ensureQueue, getBoss } from './boss';
import type { JobDefinition, ScheduleDefinition } from './define';

export type WorkerHandle = { boss: PgBoss; stop: () => Promise<void> };

export type WorkerOptions = {
  jobs: readonly JobDefinition[];
  schedules?: readonly ScheduleDefinition[];
  /** A pg-boss instance to use instead of this process's shared one (tests run two workers in one process). */
  boss?: PgBoss;
  pollingIntervalSeconds?: number;
  /** Label for log lines. */
  label?: string;
};

/** Runs one job with its payload re-validated; a throw makes pg-boss retry it with the job's backoff. */
export async function runJob(definition: JobDefinition, job: PgBoss.JobWithMetadata<unknown>): Promise<void> {
  const payload = definition.schema.parse(job.data);
  await definition.handler(payload, {
    jobId: job.id,
    retryCount: job.retryCount,
    isLastAttempt: job.retryCount >= job.retryLimit,
  });
}

export async function startWorker(options: WorkerOptions): Promise<WorkerHandle> {
  const boss = options.boss ?? (await getBoss());
  const label = options.label ?? 'worker';
  const names = new Set<string>();
  for (const job of options.jobs) {
    if (names.has(job.name)) throw new Error(`Two jobs are named "${job.name}"`);
    names.add(job.name);
    await ensureQueue(boss, job);
  }
  const workIds: string[] = [];
  for (const definition of options.jobs) {
    const id = await boss.work(
      definition.name,
      { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds },
      async (batch) => {
        for (const job of batch) {
          try {
            await runJob(definition, job);
          } catch (error) {
            console.error(`[jobs] ${label}: ${definition.name} ${job.id} failed (try ${job.retryCount + 1})`, error);
            throw error;
          }
        }
      },
    );
    workIds.push(id);
  }
  const scheduled = new Set<string>();
  for (const entry of options.schedules ?? []) {
    if (scheduled.has(entry.job.name)) throw new Error(`Two schedules for "${entry.job.name}"`);
    scheduled.add(entry.job.name);
    await boss.schedule(entry.job.name, entry.cron, entry.payload as object, { tz: 'Europe/London' });
  }
  // Schedules removed from the registry stop running.
  for (const existing of await boss.getSchedules()) {
    if (!scheduled.has(existing.name)) await boss.unschedule(existing.name);
  }
  return {
    boss,
    stop: async () => {
      for (const id of workIds) await boss.offWork({ id });
    },
  };
}
