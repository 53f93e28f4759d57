// Structured logs: one JSON object per line on stdout through pino, at the level LOG_LEVEL sets. Every line
// written while a request is handled carries its requestId (and the signed-in userId, a number: no names or
// emails). Fields that may hold secrets or personal data are redacted wherever they appear.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import pino, { type DestinationStream, type Logger } from 'pino';
import { getEnv, type LogLevel } from './env';
import { onDatabaseUnavailable } from './errors';

/** What a request's log lines share; the route wrapper fills it in. */
export type RequestLogContext = { requestId: string; route?: string; userId?: number };

// On globalThis, like the logger: Next may load this module in more than one chunk, and every copy must read the
// same request context (found by the browser tests: request lines had no requestId).
const shared = globalThis as unknown as { ilearnRequestLog?: AsyncLocalStorage<RequestLogContext> };
const requestContext = (shared.ilearnRequestLog ??= new AsyncLocalStorage<RequestLogContext>());

const SECRET_KEYS = [
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'secret',
  'authorization',
  'cookie',
  'email',
  'firstName',
  'lastName',
  'suspendData',
];
const REDACT = [...SECRET_KEYS, ...SECRET_KEYS.map((key) => `*.${key}`)];

/** A logger writing to `destination` (stdout by default); tests pass a stream to read what was written. */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'ilearn' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT, censor: '[redacted]' },
      serializers: { err: pino.stdSerializers.err },
      mixin: () => ({ ...requestContext.getStore() }),
    },
    destination,
  );
}

const cache = globalThis as unknown as { ilearnLogger?: Logger };

/** The process's logger (created on first use, so importing this module reads no configuration). */
export function logger(): Logger {
  cache.ilearnLogger ??= createLogger(getEnv().logLevel);
  return cache.ilearnLogger;
}

type Fields = Record<string, unknown>;

export const log = {
  debug: (msg: string, fields: Fields = {}) => logger().debug(fields, msg),
  info: (msg: string, fields: Fields = {}) => logger().info(fields, msg),
  warn: (msg: string, fields: Fields = {}) => logger().warn(fields, msg),
  /** `err` is serialised with its type, message and stack. */
  error: (msg: string, err: unknown, fields: Fields = {}) => logger().error({ ...fields, err }, msg),
};

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/** The id of a request: the load balancer's X-Request-Id when it looks like one, otherwise a new one. */
export function requestIdOf(headers: Headers): string {
  const given = headers.get('x-request-id');
  return given && REQUEST_ID.test(given) ? given : randomUUID();
}

/** Runs `fn` with `context` attached to every log line it writes. */
export function withRequestLog<T>(context: RequestLogContext, fn: () => T): T {
  return requestContext.run(context, fn);
}

/** The current request's context (to add the userId once known), or undefined outside a request. */
export function currentRequestLog(): RequestLogContext | undefined {
  return requestContext.getStore();
}

/** Logs an unexpected error in full and returns the short reference the person is shown (on error pages too). */
export function unexpectedReference(error: unknown): string {
  const reference = randomUUID().slice(0, 8);
  log.error('unexpected error', error, { reference });
  return reference;
}

onDatabaseUnavailable((error) =>
  log.error('database unavailable', error instanceof Error ? { type: error.name, message: error.message } : error),
);
