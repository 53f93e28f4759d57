/** @jest-environment node */
// Issue 15 item 1: per-IP throttles must not trust a client-written X-Forwarded-For. The server stamps the socket
// address (lib/auth/peer-address.ts, removing any forged copy); only TRUSTED_PROXIES hops from the right count.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { db } from '@/lib/db';
import { authOptions } from '@/lib/auth/options';
import { clientAddress, PEER_HEADER } from '@/lib/auth/client-address';
import { installPeerAddressStamp } from '@/lib/auth/peer-address';
import { SETTING_KEYS } from '@/lib/accounts/settings';
import { DEFAULT_LOCKOUT } from '@/lib/accounts/lockout-rules';
import { disconnect, resetDb } from '../../helpers/db';
import { createUser } from '../../factories/accounts';

let incoming: Record<string, string> = {};
jest.mock('next/headers', () => ({ headers: async () => new Headers(incoming) }));

beforeAll(async () => {
  await resetDb();
  await db.setting.create({
    data: { key: SETTING_KEYS.lockout, value: { ...DEFAULT_LOCKOUT, threshold: 100, slowDownMs: 0, ipMaxFailures: 5 } },
  });
});
afterAll(disconnect);

function get(port: number, headers: Record<string, string>): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: '/', headers, agent: false }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve(JSON.parse(body) as Record<string, string>));
      })
      .on('error', reject);
  });
}

describe('the peer address stamp', () => {
  it('replaces a forged peer header with the socket address', async () => {
    installPeerAddressStamp();
    const server = http.createServer((request, response) => {
      const h = request.headers;
      response.end(
        JSON.stringify({
          peer: h[PEER_HEADER],
          direct: clientAddress((name) => h[name], 0),
          behindOne: clientAddress((name) => h[name], 1),
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const seen = await get(port, { [PEER_HEADER]: '203.0.113.9', 'x-forwarded-for': '198.51.100.1, 192.0.2.7' });
      expect(seen.peer).toBe('127.0.0.1');
      expect(seen.direct).toBe('127.0.0.1');
      expect(seen.behindOne).toBe('192.0.2.7'); // the hop our one proxy appended, not the client's first hop
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('clientAddress', () => {
  const from = (headers: Record<string, string>) => (name: string) => headers[name];
  it('uses the right-most hops after the trusted proxies, and nothing without a stamped peer', () => {
    const headers = { [PEER_HEADER]: '::ffff:10.0.0.2', 'x-forwarded-for': 'spoofed, 198.51.100.4, 10.0.0.1' };
    expect(clientAddress(from(headers), 0)).toBe('10.0.0.2');
    expect(clientAddress(from(headers), 1)).toBe('10.0.0.1');
    expect(clientAddress(from(headers), 2)).toBe('198.51.100.4');
    expect(clientAddress(from(headers), 9)).toBe('spoofed');
    expect(clientAddress(from({ 'x-forwarded-for': '198.51.100.4' }), 0)).toBeNull();
  });
});

describe('throttles keyed on the address', () => {
  type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
  const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

  it('sign-in: changing X-Forwarded-For after the per-address limit lets nothing more through', async () => {
    const user = await createUser();
    const attempt = (i: number) =>
      authorize(
        { username: user.username, password: `Wrong${i}password` },
        { headers: { [PEER_HEADER]: '10.20.0.1', 'x-forwarded-for': `198.51.100.${i}` } },
      );
    for (let i = 0; i < 5; i += 1) expect(await attempt(i)).toBeNull();
    await expect(attempt(99)).rejects.toThrow(/^TooManyAttempts:/);
  });

  it('forms (account requests, reminders): requestIp ignores a rotating X-Forwarded-For', async () => {
    const { requestIp } = await import('@/lib/auth/request-info');
    const seen = new Set<string | null>();
    for (let i = 0; i < 5; i += 1) {
      incoming = { [PEER_HEADER]: '10.20.0.2', 'x-forwarded-for': `198.51.100.${i}` };
      seen.add(await requestIp());
    }
    expect([...seen]).toEqual(['10.20.0.2']);
  });
});
