/** @jest-environment node */
// Issue 14 item 7: npm start warms the main routes before it says the site is ready, so nobody's first page
// pays the cold start. Checked against a real local HTTP server.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WARM_PATHS, httpGet, waitForServer, warmUp } from '../../../scripts/lib/warm-up';

let server: http.Server;
let base: string;
const seen: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push(req.url ?? '');
    if (req.url === '/') res.writeHead(307, { Location: '/login' }).end();
    else res.writeHead(200).end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('warm-up', () => {
  it('covers the pages people open first, Record of Learning and Find Learning included', () => {
    expect(WARM_PATHS).toEqual(expect.arrayContaining(['/', '/login', '/record-of-learning', '/find-learning']));
  });

  it('waits for the server, then asks for every path once without following redirects', async () => {
    expect(await waitForServer(base, 5_000)).toBe(true);
    seen.length = 0;
    const results = await warmUp(base, ['/', '/record-of-learning']);
    expect(seen).toEqual(['/', '/record-of-learning']);
    expect(results.map((r) => [r.path, r.status])).toEqual([
      ['/', 307],
      ['/record-of-learning', 200],
    ]);
  });

  it('gives up quietly when nothing answers', async () => {
    expect(await httpGet('http://127.0.0.1:9/')).toBe(599);
    expect(await waitForServer('http://127.0.0.1:9', 300)).toBe(false);
  });
});
