/** @jest-environment node */
// Issue 15 item 7: while the database is unreachable, sign-in says the service is unavailable (not "wrong
// password"), no response carries Prisma's text or the database host, routes and pages answer 503.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { NextRequest } from 'next/server';
import { encode } from 'next-auth/jwt';

const DEAD_HOST = '127.0.0.1:1';
process.env.DATABASE_URL = `postgresql://ilearn:secret@${DEAD_HOST}/ilearn`;
process.env.NEXTAUTH_URL = 'http://localhost:3000';
const SECRET = 'database-unavailable-test-secret-0123456789';
process.env.NEXTAUTH_SECRET = SECRET;

let jar = new Map<string, string>();
jest.mock('next/headers', () => ({
  headers: async () =>
    new Headers({ host: 'localhost:3000', cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') }),
  cookies: async () => ({ getAll: () => [...jar].map(([name, value]) => ({ name, value })) }),
}));

// What no answer may contain: the host, Prisma's words, its error codes.
const INTERNALS = /127\.0\.0\.1|:1\/|prisma|invocation|P10\d\d|ECONNREFUSED|DatabaseNotReachable/i;

async function signedInCookie(): Promise<void> {
  const token = await encode({ token: { uid: 1, sv: 1, authAt: Math.floor(Date.now() / 1000) }, secret: SECRET });
  jar = new Map([['next-auth.session-token', token]]);
}

afterAll(async () => {
  const { disconnectDb } = await import('@/lib/db');
  await disconnectDb();
});

describe('sign-in while the database is unreachable', () => {
  it('the credentials callback answers "unavailable" with no internals', async () => {
    jar = new Map();
    type Handler = (req: NextRequest, ctx: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;
    const { GET, POST } = (await import('@/app/api/auth/[...nextauth]/route')) as unknown as Record<string, Handler>;
    const call = async (method: string, path: string[], form?: Record<string, string>) => {
      const response = await (method === 'GET' ? GET : POST)!(
        new NextRequest(`http://localhost:3000/api/auth/${path.join('/')}`, {
          method,
          headers: form ? { 'content-type': 'application/x-www-form-urlencoded' } : {},
          body: form ? new URLSearchParams(form).toString() : undefined,
        }),
        { params: Promise.resolve({ nextauth: path }) },
      );
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const i = pair!.indexOf('=');
        jar.set(pair!.slice(0, i), decodeURIComponent(pair!.slice(i + 1)));
      }
      return response;
    };
    const { csrfToken } = (await (await call('GET', ['csrf'])).json()) as { csrfToken: string };
    const response = await call('POST', ['callback', 'credentials'], {
      csrfToken,
      username: '90011',
      password: 'Learn2026!',
      json: 'true',
    });
    const body = await response.text();
    expect(body).toContain('error=ServiceUnavailable');
    expect(body).not.toMatch(INTERNALS);
    expect(JSON.stringify([...response.headers])).not.toMatch(INTERNALS);

    const { loginErrorMessage } = await import('@/lib/accounts/sign-in-messages');
    expect(loginErrorMessage('ServiceUnavailable')).toMatch(/unavailable/);
    expect(loginErrorMessage('ServiceUnavailable')).not.toMatch(/password is incorrect/);
  });
});

describe('endpoints and pages while the database is unreachable', () => {
  it('a route handler answers 503 with a plain message', async () => {
    await signedInCookie();
    const { GET } = await import('@/app/(learner)/certificates/[id]/route');
    const response = await GET(new NextRequest('http://localhost:3000/certificates/1'), {
      params: Promise.resolve({ id: '1' }),
    });
    expect(response.status).toBe(503);
    const body = await response.text();
    expect(body).toMatch(/unavailable/);
    expect(body).not.toMatch(INTERNALS);
  });

  it('a form says the service is unavailable and keeps what was typed', async () => {
    await signedInCookie();
    const { updateEmailAction } = await import('@/app/(learner)/profile/actions');
    const formData = new FormData();
    formData.set('email', 'sam@example.org');
    const result = await updateEmailAction(undefined, formData);
    expect(result).toMatchObject({ ok: false, values: { email: 'sam@example.org' } });
    expect(JSON.stringify(result)).toMatch(/unavailable/);
    expect(JSON.stringify(result)).not.toMatch(INTERNALS);
  });

  it('pages: the viewer lookup throws the "unavailable" error, and the server answers its error page with 503', async () => {
    const { installPeerAddressStamp } = await import('@/lib/auth/peer-address');
    const { getViewer } = await import('@/lib/auth/viewer');
    const { DATABASE_UNAVAILABLE_DIGEST } = await import('@/lib/errors');
    installPeerAddressStamp();
    // Stands in for Next.js: renders the page (its layout asks for the viewer), and on an error the error page.
    const server = http.createServer((_request, response) => {
      void (async () => {
        await signedInCookie();
        try {
          await getViewer();
          response.end('page');
        } catch (error) {
          const digest = (error as { digest?: string }).digest;
          response.statusCode = 500;
          response.end(`${digest}: ${(error as Error).message}`);
        }
      })();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const answer = await new Promise<{ status: number; retry?: string; body: string }>((resolve, reject) => {
        http
          .get({ host: '127.0.0.1', port, path: '/', agent: false }, (response) => {
            let body = '';
            response.on('data', (chunk: Buffer) => (body += chunk.toString()));
            response.on('end', () =>
              resolve({ status: response.statusCode ?? 0, retry: response.headers['retry-after'], body }),
            );
          })
          .on('error', reject);
      });
      expect(answer.status).toBe(503);
      expect(answer.retry).toBe('30');
      expect(answer.body).toContain(DATABASE_UNAVAILABLE_DIGEST);
      expect(answer.body).toMatch(/unavailable/);
      expect(answer.body).not.toMatch(INTERNALS);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
