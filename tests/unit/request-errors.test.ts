/** @jest-environment node */
// Page and action errors reported by Next (instrumentation.ts onRequestError) become one JSON log line under the
// reference the error page shows (the digest), with the route's pattern and the load balancer's request id; route
// handlers' errors, errors already logged under a reference and a lost database connection are not repeated.
import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { DatabaseUnavailableError } from '@/lib/errors';
import { createLogger } from '@/lib/log';
import { logRequestError } from '@/lib/request-errors';

const global = globalThis as unknown as { ilearnLogger?: Logger };
let lines: Record<string, unknown>[];

beforeEach(() => {
  lines = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  global.ilearnLogger = createLogger('info', stream);
});
afterEach(() => {
  global.ilearnLogger = undefined;
});

const page = { method: 'GET', headers: { 'x-request-id': 'lb-req-00000001' }, routeType: 'render' };

describe('logRequestError', () => {
  it('logs a page error with its digest as the reference, the route pattern and the request id', () => {
    const error = Object.assign(new Error('boom'), { digest: '1234567890' });
    logRequestError(error, { ...page, routePath: '/reset-password/[token]' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'error',
      msg: 'request error',
      reference: '1234567890',
      route: '/reset-password/[token]',
      routeType: 'render',
      method: 'GET',
      requestId: 'lb-req-00000001',
      err: { type: 'Error', message: 'boom' },
    });
    expect(JSON.stringify(lines[0])).not.toContain('headers');
  });

  it('leaves out route handlers, errors the action wrapper logged, and a lost database connection', () => {
    logRequestError(new Error('x'), { ...page, routeType: 'route', routePath: '/api/x' });
    const referenced = Object.assign(new Error('Unexpected error, reference abc'), { name: 'ReferencedError' });
    logRequestError(referenced, { ...page, routeType: 'action', routePath: '/courses/[id]' });
    logRequestError(new DatabaseUnavailableError(), { ...page, routePath: '/' });
    expect(lines).toEqual([]);
  });

  it('takes no request id that does not look like one', () => {
    logRequestError(new Error('x'), { ...page, headers: { 'x-request-id': 'a b<script>' }, routePath: '/' });
    expect(lines[0]).not.toHaveProperty('requestId');
  });
});
