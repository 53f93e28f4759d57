// The one pg-boss instance of this process, started on first use and cached on globalThis (the Next.js server
// bundles instrumentation and routes separately; both must share it). PostgreSQL: pg-boss's own small pool.
// Embedded database: pg-boss runs on the app's PGlite instance through executeSql, in this process only.
import PgBoss from 'pg-boss';
import { getEmbeddedPglite } from '@/lib/db';
import { getEnv } from '@/lib/env';
import type { JobDefinition } from './define';
import { pgliteExecutor } from './executors';
import { log } from '@/lib/log';

export const BOSS_SCHEMA = 'pgboss';

type BossState = { boss: PgBoss; started: Promise<PgBoss>; queues: Map<string, Promise<void>> };
const globalForBoss = globalThis as unknown as { ilearnBoss?: BossState };

export type BossOptions = {
  connectionString?: string;
  /** Run pg-boss's maintenance and cron evaluation here (default: when this process runs a worker). */
  backgroundDuties?: boolean;
};

// `npm run worker` turns this on; web servers have it when they run the inline worker (WORKER=inline).
const globalForDuties = globalThis as unknown as { ilearnBossDuties?: boolean };

/** Marks this process as a worker process, before its pg-boss instance starts. */
export function claimBackgroundDuties(): void {
  globalForDuties.ilearnBossDuties = true;
}

/** A new, not yet started pg-boss instance on the configured database (tests use it for a second worker). */
export function createBoss(options: BossOptions = {}): PgBoss {
  const env = getEnv();
  const connectionString = options.connectionString ?? env.databaseUrl;
  const duties = options.backgroundDuties ?? (globalForDuties.ilearnBossDuties || env.worker === 'inline');
  const common = {
    schema: BOSS_SCHEMA,
    // Worker processes evaluate cron schedules (whichever gets there first) and archive/expire jobs; a web server
    // with WORKER=off only queues jobs.
    schedule: duties,
    supervise: duties,
    // Keep finished jobs for a week for diagnosis, then delete them.
    archiveCompletedAfterSeconds: 60 * 60,
    deleteAfterDays: 7,
  };
  if (connectionString) {
    return new PgBoss({ ...common, connectionString, max: 4, application_name: 'ilearn-jobs' });
  }
  const pglite = getEmbeddedPglite();
  if (!pglite) throw new Error('No database: neither DATABASE_URL nor the embedded database is available');
  return new PgBoss({ ...common, db: pgliteExecutor(pglite) });
}

function logError(error: Error): void {
  log.error('job queue error', error);
}

/** The started pg-boss instance of this process (creates its schema on first start). */
export function getBoss(): Promise<PgBoss> {
  let state = globalForBoss.ilearnBoss;
  if (!state) {
    const boss = createBoss();
    boss.on('error', logError);
    const started = boss.start();
    state = { boss, started, queues: new Map() };
    globalForBoss.ilearnBoss = state;
    // Never keep an instance that failed to start: the next call tries again.
    started.catch(() => {
      if (globalForBoss.ilearnBoss === state) globalForBoss.ilearnBoss = undefined;
    });
  }
  return state.started;
}

export function queueOptions(job: JobDefinition): PgBoss.Queue {
  return {
    name: job.name,
    retryLimit: job.retryLimit,
    retryDelay: job.retryDelaySeconds,
    retryBackoff: job.retryBackoff,
    expireInSeconds: job.expireInSeconds,
  };
}

/** Creates the job's queue once per process (pg-boss's create_queue is idempotent across processes). */
export async function ensureQueue(boss: PgBoss, job: JobDefinition): Promise<void> {
  const state = globalForBoss.ilearnBoss;
  const queues = state && state.boss === boss ? state.queues : undefined;
  let pending = queues?.get(job.name);
  if (!pending) {
    pending = boss.createQueue(job.name, queueOptions(job));
    queues?.set(job.name, pending);
    pending.catch(() => queues?.delete(job.name));
  }
  await pending;
}

/** Stops this process's pg-boss instance (graceful: running jobs finish first). For shutdown and tests. */
export async function stopBoss(): Promise<void> {
  const state = globalForBoss.ilearnBoss;
  if (!state) return;
  globalForBoss.ilearnBoss = undefined;
  const boss = await state.started.catch(() => undefined);
  await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
}
