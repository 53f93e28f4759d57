// Runs job handlers. One worker per process: inside the web server (instrumentation.ts, WORKER=inline, the
// default) or alone (`npm run worker`). Any number of workers can share one PostgreSQL database: pg-boss fetches
// with FOR UPDATE SKIP LOCKED, so each job goes to exactly one of them.
import type PgBoss from 'pg-boss';
import { getEnv } from '@/lib/env';
import { ensureQueue, getBoss } from './boss';
import type { JobDefinition, ScheduleDefinition } from './define';
import { log } from '@/lib/log';

export type WorkerHandle = { boss: PgBoss; stop: () => Promise<void> };

// Workers of this process by queue name, so a job queued here starts at once instead of at the next poll.
const globalForWorkers = globalThis as unknown as { ilearnLocalWorkers?: Map<string, Set<() => void>> };
const localWorkers = (globalForWorkers.ilearnLocalWorkers ??= new Map());

/** Wakes this process's idle workers for the queue (call after the enqueuing transaction has committed). */
export function wakeWorkers(queueName: string): void {
  for (const wake of localWorkers.get(queueName) ?? []) wake();
}

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
  const scheduled = new Set<string>();
  for (const entry of options.schedules ?? []) {
    if (scheduled.has(entry.job.name)) throw new Error(`Two schedules for "${entry.job.name}"`);
    if (!options.jobs.includes(entry.job)) throw new Error(`"${entry.job.name}" is scheduled but not in the jobs list`);
    scheduled.add(entry.job.name);
  }
  const boss = options.boss ?? (await getBoss());
  const label = options.label ?? 'worker';
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? getEnv().jobPollSeconds;
  const names = new Set<string>();
  for (const job of options.jobs) {
    if (names.has(job.name)) throw new Error(`Two jobs are named "${job.name}"`);
    names.add(job.name);
    await ensureQueue(boss, job);
  }
  const workIds: string[] = [];
  const wakers: Array<[string, () => void]> = [];
  for (const definition of options.jobs) {
    let workId = '';
    workId = await boss.work(
      definition.name,
      { includeMetadata: true, batchSize: 1, pollingIntervalSeconds },
      async (batch) => {
        try {
          for (const job of batch) {
            try {
              await runJob(definition, job);
            } catch (error) {
              log.error('job failed', error, {
                worker: label,
                job: definition.name,
                jobId: job.id,
                try: job.retryCount + 1,
              });
              throw error;
            }
          }
        } finally {
          // pg-boss 10 waits a whole polling interval after every fetch; while there is work, fetch again at once.
          if (batch.length > 0) boss.notifyWorker(workId);
        }
      },
    );
    workIds.push(workId);
    const wake = () => boss.notifyWorker(workId);
    wakers.push([definition.name, wake]);
    if (!localWorkers.has(definition.name)) localWorkers.set(definition.name, new Set());
    localWorkers.get(definition.name)?.add(wake);
  }
  for (const entry of options.schedules ?? []) {
    await boss.schedule(entry.job.name, entry.cron, entry.payload as object, { tz: 'Europe/London' });
  }
  // Schedules removed from the registry stop running.
  for (const existing of await boss.getSchedules()) {
    if (!scheduled.has(existing.name)) await boss.unschedule(existing.name);
  }
  return {
    boss,
    stop: async () => {
      for (const [name, wake] of wakers) localWorkers.get(name)?.delete(wake);
      for (const id of workIds) await boss.offWork({ id });
    },
  };
}
