// The worker inside the web server process (instrumentation.ts → register()). It is the default, and the only
// option on the embedded database: PGlite is one connection in one process, so the queue must live in the process
// that owns it. With PostgreSQL, WORKER=off leaves the jobs to `npm run worker` processes.
import { getEnv } from '@/lib/env';
import { log } from '@/lib/log';
import { jobs, schedules } from './registry';
import { startWorker, type WorkerHandle } from './worker';

export type InlineWorkerState = 'not started' | 'starting' | 'running' | 'failed to start' | 'stopping';

const globalForWorker = globalThis as unknown as {
  ilearnInlineWorker?: Promise<WorkerHandle | undefined>;
  ilearnInlineWorkerState?: InlineWorkerState;
};

/** Where this process's inline worker is (for /readyz). */
export function inlineWorkerState(): InlineWorkerState {
  return globalForWorker.ilearnInlineWorkerState ?? 'not started';
}

export function shouldRunInlineWorker(env = getEnv()): boolean {
  if (env.nextPhase === 'phase-production-build') return false;
  return env.worker === 'inline';
}

/** Starts the in-process worker once per process; failures are logged, never thrown into the server start. */
export function startInlineWorker(): void {
  const env = getEnv();
  if (!shouldRunInlineWorker(env)) {
    if (env.worker === 'off' && !env.databaseUrl) {
      log.warn('WORKER=off on the embedded database: no background jobs (emails stay queued)');
    }
    return;
  }
  if (globalForWorker.ilearnInlineWorker) return;
  globalForWorker.ilearnInlineWorkerState = 'starting';
  globalForWorker.ilearnInlineWorker = startWorker({
    jobs,
    schedules,
    pollingIntervalSeconds: env.jobPollSeconds,
    label: 'inline',
  }).then(
    (handle) => {
      globalForWorker.ilearnInlineWorkerState = 'running';
      log.info('job worker running in the web server', { jobTypes: jobs.length, schedules: schedules.length });
      return handle;
    },
    (error: unknown) => {
      globalForWorker.ilearnInlineWorker = undefined;
      globalForWorker.ilearnInlineWorkerState = 'failed to start';
      log.error('the background job worker failed to start', error);
      return undefined;
    },
  );
}

/** Shutdown: the in-process worker takes no new job (running ones go on; stopBoss() waits for them). */
export async function stopInlineWorker(): Promise<void> {
  const handle = await globalForWorker.ilearnInlineWorker;
  globalForWorker.ilearnInlineWorker = undefined;
  if (!handle) return;
  globalForWorker.ilearnInlineWorkerState = 'stopping';
  await handle.stop();
}
