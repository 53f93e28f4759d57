// The first request to each route makes `next start` load that route's code (and the first database query open
// the pool): about 10 s for the first page and ~4 s for Record of Learning or Find Learning on a cold server.
// npm start pays that once, before it says the site is ready, by asking for the main pages without a session
// (each still loads its route: the layout redirects to the login page only after the route's code is loaded).
import http from 'node:http';

// /readyz last: asked while the embedded database is still starting, it would answer 503 and log a false alarm.
export const WARM_PATHS = [
  '/login',
  '/',
  '/find-learning',
  '/record-of-learning',
  '/required-learning',
  '/bookings',
  '/team',
  '/admin',
  '/help',
  '/readyz',
];

export type Get = (url: string) => Promise<number>;

/** One GET without following redirects or keeping the socket; 599 when nothing answers. */
export const httpGet: Get = (url) =>
  new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: 60_000 }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 599));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(599));
  });

/** Waits until the server answers at all (any status below 500 on the login page). */
export async function waitForServer(baseUrl: string, timeoutMs: number, get: Get = httpGet): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await get(`${baseUrl}/login`)) < 500) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

/** Asks for each path once, one after another (2 cores: in parallel they would only queue). */
export async function warmUp(
  baseUrl: string,
  paths: string[] = WARM_PATHS,
  get: Get = httpGet,
): Promise<{ path: string; status: number; ms: number }[]> {
  const results = [];
  for (const path of paths) {
    const start = performance.now();
    const status = await get(`${baseUrl}${path}`);
    results.push({ path, status, ms: Math.round(performance.now() - start) });
  }
  return results;
}
