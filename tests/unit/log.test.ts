/** @jest-environment node */
// lib/log.ts: JSON lines with the level's name, the request's id and user id on every line written inside it,
// errors with their type and stack, secrets and personal fields redacted, and request ids taken only when sane.
import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { createLogger, log, requestIdOf, unexpectedReference, withRequestLog } from '@/lib/log';

function capture(level: 'info' | 'warn' = 'info') {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger(level, stream), lines };
}

const global = globalThis as unknown as { ilearnLogger?: Logger };
afterEach(() => {
  global.ilearnLogger = undefined;
});

describe('lib/log', () => {
  it('writes one JSON object per event with an ISO time and the level by name', () => {
    const { logger, lines } = capture();
    logger.info({ jobs: 3 }, 'worker running');
    logger.debug('not at info');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', msg: 'worker running', jobs: 3, service: 'ilearn' });
    expect(new Date(lines[0]!.time as string).toISOString()).toBe(lines[0]!.time);
  });

  it('adds the request id, route and user id to every line written while a request is handled', async () => {
    const { logger, lines } = capture();
    global.ilearnLogger = logger;
    const context: { requestId: string; route: string; userId?: number } = { requestId: 'req-12345678', route: '/x' };
    await withRequestLog(context, async () => {
      context.userId = 42;
      await Promise.resolve();
      log.info('inside');
    });
    log.info('outside');
    expect(lines[0]).toMatchObject({ msg: 'inside', requestId: 'req-12345678', route: '/x', userId: 42 });
    expect(lines[1]).not.toHaveProperty('requestId');
  });

  it('redacts passwords, tokens, cookies, emails and names wherever they appear', () => {
    const { logger, lines } = capture();
    global.ilearnLogger = logger;
    log.warn('sign-in refused', {
      password: 'Learn2026!',
      email: 'sam@example.org',
      user: { email: 'sam@example.org', firstName: 'Sam', lastName: 'Taylor', id: 7 },
      headers: { cookie: 'next-auth.session-token=abc', authorization: 'Bearer x' },
      token: 'abc',
    });
    const text = JSON.stringify(lines[0]);
    for (const secret of ['Learn2026!', 'sam@example.org', 'Taylor', 'session-token', 'Bearer']) {
      expect(text).not.toContain(secret);
    }
    expect(lines[0]).toMatchObject({ user: { id: 7 }, password: '[redacted]' });
  });

  it('logs an unexpected error in full under the reference the person is shown', () => {
    const { logger, lines } = capture();
    global.ilearnLogger = logger;
    const reference = unexpectedReference(new TypeError('boom'));
    expect(reference).toMatch(/^[0-9a-f]{8}$/);
    expect(lines[0]).toMatchObject({ level: 'error', msg: 'unexpected error', reference });
    expect(lines[0]!.err).toMatchObject({ type: 'TypeError', message: 'boom' });
    expect((lines[0]!.err as { stack: string }).stack).toContain('log.test.ts');
  });

  it("takes the load balancer's request id when it looks like one, otherwise makes one", () => {
    expect(requestIdOf(new Headers({ 'x-request-id': 'lb-0f3a9c2e-77' }))).toBe('lb-0f3a9c2e-77');
    for (const bad of ['short', 'x'.repeat(65), 'a b c d e f g h', '<script>alert(1)</script>']) {
      expect(requestIdOf(new Headers({ 'x-request-id': bad }))).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(requestIdOf(new Headers())).toMatch(/^[0-9a-f-]{36}$/);
  });
});
