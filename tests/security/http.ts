// HTTP for the security tier: sign a persona in through next-auth's credentials endpoint (as the login form does),
// send requests with its cookie, call a server action by its build id, and run many requests a few at a time.
import { DEMO_PASSWORD } from '../factories/demo-users';

/** `describe`, or `describe.skip` when the set-up found no Chromium outside CI (it printed why). */
export const describeSecurity: jest.Describe = process.env.ILEARN_BROWSER_SKIP ? describe.skip : describe;

/** The server the set-up started (tests/browser/global-setup.ts). */
export function baseUrl(): string {
  const url = process.env.BROWSER_BASE_URL;
  if (!url) throw new Error('BROWSER_BASE_URL is not set: run through `npx jest --selectProjects security`');
  return url;
}

export type Answer = { status: number; location: string; body: string; contentType: string; actionRedirect: string };

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(';')[0]!);
}

/** A session cookie for `username` (the demo password), from a real sign-in. */
export async function signIn(username: string, password = DEMO_PASSWORD): Promise<string> {
  const csrf = await fetch(`${baseUrl()}/api/auth/csrf`);
  const jar = cookiesOf(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl()}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, username, password, json: 'true', callbackUrl: baseUrl() }),
  });
  const session = cookiesOf(response).find((c) => c.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`Sign-in failed for ${username} (HTTP ${response.status})`);
  return session;
}

export type RequestOptions = {
  method?: string;
  cookie?: string;
  headers?: Record<string, string>;
  body?: BodyInit;
};

/** One request, redirects not followed; the body read as text. */
export async function send(path: string, o: RequestOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...(o.headers ?? {}) };
  if (o.cookie) headers.cookie = o.cookie;
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(`${baseUrl()}${path}`, {
        method: o.method ?? 'GET',
        redirect: 'manual',
        headers,
        body: o.body,
      });
      return {
        status: response.status,
        location: response.headers.get('location') ?? '',
        contentType: response.headers.get('content-type') ?? '',
        actionRedirect: response.headers.get('x-action-redirect') ?? '',
        body: await response.text(),
      };
    } catch (error) {
      // A reset socket under load is retried once; anything else is a real failure.
      if (attempt >= 1) throw error;
    }
  }
}

/**
 * Calls a server action over HTTP as React's client does: the `Next-Action` header names the action, the body is
 * the encoded argument list with the form's fields under the `_1_` prefix (a `useActionState` action also gets
 * the previous state first).
 */
export function actionBody(fields: [string, string | Blob][], withPreviousState: boolean): FormData {
  const body = new FormData();
  for (const [key, value] of fields) body.append(`_1_${key}`, value);
  body.append('0', JSON.stringify(withPreviousState ? ['$undefined', '$K1'] : ['$K1']));
  return body;
}

export function callAction(
  pagePath: string,
  actionId: string,
  fields: [string, string | Blob][],
  o: { cookie?: string; withPreviousState: boolean },
): Promise<Answer> {
  return send(pagePath, {
    method: 'POST',
    cookie: o.cookie,
    headers: { 'next-action': actionId, accept: 'text/x-component', origin: baseUrl() },
    body: actionBody(fields, o.withPreviousState),
  });
}

/** Runs `tasks` with at most `width` at a time, in order of the results. */
export async function inBatches<T>(tasks: (() => Promise<T>)[], width = 4): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, tasks.length) }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]!();
      }
    }),
  );
  return results;
}
