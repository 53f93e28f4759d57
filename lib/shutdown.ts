// Graceful stop of a web server process (`next start`, `next dev`) on SIGTERM or SIGINT. Next.js's own handler
// closes the HTTP server, which finishes the requests in flight, and then calls process.exit. This adds what
// Next does not know about: /readyz answers 503 from the signal on (a load balancer stops sending), the inline job
// worker takes no new job and lets the running ones finish, and the database is closed (the embedded PGlite writes
// its files) before the process really exits.
import { log } from '@/lib/log';

type Shared = { ilearnShuttingDown?: boolean; ilearnShutdownInstalled?: boolean };
const shared = globalThis as unknown as Shared;

/** True once a stop signal has arrived: readiness fails so the load balancer drains this instance. */
export function isShuttingDown(): boolean {
  return shared.ilearnShuttingDown === true;
}

/** From now on /readyz answers 503 "shutting down" (called by the signal handler; tests call it directly). */
export function markShuttingDown(): void {
  shared.ilearnShuttingDown = true;
}

export type ShutdownSteps = {
  /** Started at the signal, alongside Next's draining of requests: stop taking jobs, let running ones finish. */
  stopWork: () => Promise<void>;
  /** Run after Next has finished the requests (at its process.exit): close the database. */
  closeResources: () => Promise<void>;
  /** Longest wait for both before exiting anyway (a process manager sends SIGKILL after its own timeout). */
  timeoutMs?: number;
};

/** Installs the stop-signal handling once per process (instrumentation.ts). */
export function installGracefulShutdown(steps: ShutdownSteps): void {
  if (shared.ilearnShutdownInstalled) return;
  shared.ilearnShutdownInstalled = true;
  const onSignal = (signal: NodeJS.Signals) => {
    if (isShuttingDown()) return; // the process manager and `npm start` may both send it
    markShuttingDown();
    log.info('stopping: finishing requests and running jobs', { signal });
    const started = performance.now();
    const work = steps.stopWork().catch((error: unknown) => log.error('stopping the job worker failed', error));
    const realExit = process.exit.bind(process);
    let exiting = false;
    const finish = (code?: number | string | null) => {
      if (exiting) return;
      exiting = true;
      const deadline = setTimeout(() => {
        log.warn('stopping took too long: exiting anyway', { timeoutMs: steps.timeoutMs ?? 25_000 });
        realExit(code ?? 0);
      }, steps.timeoutMs ?? 25_000);
      deadline.unref();
      void work
        .then(() => steps.closeResources())
        .catch((error: unknown) => log.error('closing the database failed', error))
        .finally(() => {
          log.info('stopped', { signal, durationMs: Math.round(performance.now() - started) });
          realExit(code ?? 0);
        });
    };
    // Next's handler calls process.exit once its server has closed: hold that exit until the work is done.
    process.exit = ((code?: number | string | null) => finish(code)) as typeof process.exit;
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
