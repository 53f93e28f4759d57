// Next.js calls register() once when a server process starts (`next start`, `next dev`). The job worker starts
// here, in the server process itself, because the embedded database (PGlite) can only be used by one process.
// NEXT_RUNTIME is replaced at build time by Next.js (it is not a runtime setting), and the check keeps the Node-only
// queue code out of the edge bundle.
import type { Instrumentation } from 'next';
import { asServiceError } from './lib/errors';

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Throttles count the real peer address, never a client-written header (lib/auth/client-address.ts).
  const { installPeerAddressStamp } = await import('./lib/auth/peer-address');
  installPeerAddressStamp();
  // Before any request: course completions in this process reach their subscribers (certificates, programs...).
  const { registerSubscribers } = await import('./lib/subscribers');
  registerSubscribers();
  const { startInlineWorker, stopInlineWorker } = await import('./lib/jobs/inline-worker');
  startInlineWorker();
  // SIGTERM: the worker takes no new job and Next finishes the requests in flight; then the queue client waits
  // for the running jobs (stopBoss) and the database is closed.
  const { installGracefulShutdown } = await import('./lib/shutdown');
  const { stopBoss } = await import('./lib/jobs/boss');
  const { disconnectDb } = await import('./lib/db');
  installGracefulShutdown({
    stopWork: stopInlineWorker,
    closeResources: async () => {
      await stopBoss();
      await disconnectDb();
    },
  });
}

// Next.js reports every uncaught server error here: a connection failure is remembered, so the error page that
// follows answers 503 (lib/auth/peer-address.ts) even when the page's own query, not the viewer lookup, failed.
// Every other error is logged as JSON under the digest the error page shows as its reference.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const service = asServiceError(error);
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { logRequestError } = await import('./lib/request-errors');
  logRequestError(service, {
    method: request.method,
    headers: request.headers,
    routePath: context.routePath,
    routeType: context.routeType,
  });
};
