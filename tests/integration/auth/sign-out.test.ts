/** @jest-environment node */
// Issue 15 item 2: a copied session cookie must stop working when its owner signs out, and when a site admin
// signs the account out everywhere. Drives next-auth's own endpoints (CSRF, credentials, sign-out) with a cookie jar.
import { NextRequest } from 'next/server';
import { signOutEverywhere } from '@/lib/accounts/users-commands';
import { disconnect, resetDb } from '../../helpers/db';
import { createSiteAdmin, createUser, TEST_PASSWORD } from '../../factories/accounts';

const BASE = 'http://localhost:3000';
process.env.NEXTAUTH_URL = BASE;

// The cookies the "browser" of the current call sends (next-auth reads them through next/headers).
let jar = new Map<string, string>();
jest.mock('next/headers', () => ({
  headers: async () =>
    new Headers({ host: 'localhost:3000', cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') }),
  cookies: async () => ({ getAll: () => [...jar].map(([name, value]) => ({ name, value })) }),
}));

type Handler = (req: NextRequest, ctx: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

async function auth(method: 'GET' | 'POST', path: string[], form?: Record<string, string>): Promise<Response> {
  const { GET, POST } = (await import('@/app/api/auth/[...nextauth]/route')) as unknown as Record<string, Handler>;
  const request = new NextRequest(`${BASE}/api/auth/${path.join('/')}`, {
    method,
    headers: form ? { 'content-type': 'application/x-www-form-urlencoded' } : {},
    body: form ? new URLSearchParams(form).toString() : undefined,
  });
  const response = await (method === 'GET' ? GET : POST)!(request, { params: Promise.resolve({ nextauth: path }) });
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const index = pair!.indexOf('=');
    const name = pair!.slice(0, index);
    const value = decodeURIComponent(pair!.slice(index + 1));
    if (value === '' || /max-age=0/i.test(line)) jar.delete(name);
    else jar.set(name, value);
  }
  return response;
}

async function csrf(): Promise<string> {
  const response = await auth('GET', ['csrf']);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

/** Signs in through the credentials endpoint; returns a copy of the browser's cookies. */
async function signIn(username: string): Promise<Map<string, string>> {
  jar = new Map();
  const csrfToken = await csrf();
  await auth('POST', ['callback', 'credentials'], { csrfToken, username, password: TEST_PASSWORD, json: 'true' });
  expect(jar.get('next-auth.session-token')).toBeTruthy();
  return new Map(jar);
}

async function viewerWith(cookies: Map<string, string>) {
  jar = new Map(cookies);
  const { getViewer } = await import('@/lib/auth/viewer');
  return getViewer();
}

beforeAll(resetDb);
afterAll(disconnect);

describe('sign-out ends the session on the server', () => {
  it('refuses a copied session cookie after the owner signs out', async () => {
    const user = await createUser();
    const copied = await signIn(user.username);
    expect((await viewerWith(copied))?.id).toBe(user.id);

    jar = new Map(copied);
    const csrfToken = await csrf();
    await auth('POST', ['signout'], { csrfToken, json: 'true' });
    expect(jar.has('next-auth.session-token')).toBe(false);

    expect(await viewerWith(copied)).toBeNull();
    // Signing in again works.
    const fresh = await signIn(user.username);
    expect((await viewerWith(fresh))?.id).toBe(user.id);
  });

  it('refuses a copied session cookie after a site admin signs the account out everywhere', async () => {
    const user = await createUser();
    const { viewer: admin } = await createSiteAdmin();
    const copied = await signIn(user.username);
    expect((await viewerWith(copied))?.id).toBe(user.id);
    await signOutEverywhere(admin, user.id);
    expect(await viewerWith(copied)).toBeNull();
  });
});
