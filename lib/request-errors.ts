// Errors Next.js reports from rendering pages and running actions (instrumentation.ts onRequestError), logged as
// one structured line under the reference the person sees on the error page (the error's digest). Route handlers
// are left out: route() maps and logs their errors itself; so are errors already logged under a reference.
import { log } from '@/lib/log';
import { DatabaseUnavailableError } from '@/lib/errors';

export type RequestErrorInfo = {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  /** The route's pattern (/courses/[id]), never the visited path: paths can hold tokens. */
  routePath: string;
  routeType: string;
};

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/** `error` as lib/errors.ts's asServiceError() returned it (a lost connection is a DatabaseUnavailableError). */
export function logRequestError(error: unknown, info: RequestErrorInfo): void {
  if (info.routeType === 'route') return;
  if (error instanceof Error && error.name === 'ReferencedError') return; // logged by the action wrapper
  if (error instanceof DatabaseUnavailableError) return; // reported once as 'database unavailable'
  const digest = error instanceof Error ? (error as Error & { digest?: unknown }).digest : undefined;
  const given = info.headers['x-request-id'];
  const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : undefined;
  log.error('request error', error, {
    reference: typeof digest === 'string' ? digest : undefined,
    route: info.routePath,
    routeType: info.routeType,
    method: info.method,
    ...(requestId ? { requestId } : {}),
  });
}
