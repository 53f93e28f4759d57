// The worker inside the web server process (instrumentation.ts → register()). It is the default, and the only
// option on the embedded database: PGlite is one connection in one process, so the queue must live in the process
// that owns it. With PostgreSQL, WORKER=off leaves the jobs to `npm run worker` processes.
import { getEnv } from '@/lib/env';
import { jobs, schedules } from './registry';
import { startWorker } from './worker';

const globalForWorker = globalThis as unknown as { ilearnInlineWorker?: Promise<unknown> };

export function shouldRunInlineWorker(env = getEnv()): boolean {
  if (env.nextPhase === 'phase-production-build') return false;
  return env.worker === 'inline';
}

/** Starts the in-process worker once per process; failures are logged, never thrown into the server start. */
export function startInlineWorker(): void {
  const env = getEnv();
  if (!shouldRunInlineWorker(env)) {
    if (env.worker === 'off' && !env.databaseUrl) {
      console.warn('[jobs] WORKER=off on the embedded database: no background jobs (emails stay queued).');
    }
    return;
  }
  globalForWorker.ilearnInlineWorker ??= startWorker({
    jobs,
    schedules,
    pollingIntervalSeconds: env.jobPollSeconds,
    label: 'inline',
  }).then(
    (handle) => {
      console.log(`[jobs] Worker running in the web server (${jobs.length} job types, ${schedules.length} schedules)`);
      return handle;
    },
    (error: unknown) => {
      globalForWorker.ilearnInlineWorker = undefined;
      console.error('[jobs] The background worker failed to start', error);
    },
  );
}
