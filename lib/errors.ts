// The typed errors lib/ throws. Only UserError-family messages are safe to show to the person asking.

export type FieldErrors = Record<string, string>;

export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

export class NotFoundError extends UserError {
  constructor(message = 'We could not find that page or record.') {
    super(message);
    this.name = 'NotFoundError';
  }
}

export class ForbiddenError extends UserError {
  constructor(message = 'You do not have permission to do that.') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** No session (or it has ended): routes answer 401, forms say so. */
export class UnauthenticatedError extends UserError {
  constructor(message = 'Your session has ended. Please sign in again.') {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}

/** Signed in on a temporary password: nothing is allowed but changing it (routes answer 403). */
export class PasswordChangeRequiredError extends ForbiddenError {
  constructor(message = 'You need to change your temporary password before you can do this.') {
    super(message);
    this.name = 'PasswordChangeRequiredError';
  }
}

export class ConflictError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** A dependency (the PDF renderer, a mail server) failed for now: routes answer 503, the person may retry. */
export class ServiceUnavailableError extends UserError {
  constructor(message = 'This is not available just now. Please try again in a minute.') {
    super(message);
    this.name = 'ServiceUnavailableError';
  }
}

export class ValidationError extends UserError {
  constructor(
    public readonly fieldErrors: FieldErrors,
    message = 'There is a problem with what you entered.',
  ) {
    super(message);
    this.name = 'ValidationError';
  }
}

/**
 * True for a unique-constraint clash on either engine: Prisma's P2002 (PostgreSQL through @prisma/adapter-pg), or
 * PostgreSQL's own code 23505, which the embedded database's adapter reports as the error's code, its cause, or
 * the driver adapter error in `meta`.
 */
export function isUniqueViolation(error: unknown): boolean {
  const e = (error ?? {}) as {
    code?: unknown;
    cause?: { code?: unknown; originalCode?: unknown };
    meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; code?: unknown } } };
  };
  const adapterCause = e.meta?.driverAdapterError?.cause;
  return [e.code, e.cause?.code, e.cause?.originalCode, adapterCause?.originalCode, adapterCause?.code].some(
    (code) => code === 'P2002' || code === '23505',
  );
}

/** Maps Prisma's known request errors to ours: a unique clash becomes a ConflictError, P2025 a NotFoundError. */
export function fromPrismaError(error: unknown, conflictMessage = 'That already exists.'): unknown {
  if (isUniqueViolation(error)) return new ConflictError(conflictMessage);
  if ((error as { code?: unknown } | null)?.code === 'P2025') return new NotFoundError();
  return error;
}

/**
 * A record that was there when checked but gone when written (two people deleting it at once: Prisma's P2025)
 * is "not found", not an unexpected error. The action and route wrappers apply this to whatever lib/ throws.
 */
export function recordGoneAsNotFound(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code === 'P2025' ? new NotFoundError() : error;
}

const UNREACHABLE_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const UNREACHABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EAI_AGAIN', 'EHOSTUNREACH']);

/**
 * True when the error says the database cannot be reached (down, refusing connections, name not resolving, pool
 * exhausted): Prisma's P1001/P1002/P1008/P1017/P2024, a driver adapter's "not reachable" kinds, or a socket error.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as {
    code?: unknown;
    errorCode?: unknown;
    kind?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: { cause?: { kind?: unknown } } };
  };
  if (UNREACHABLE_CODES.has(String(e.code)) || UNREACHABLE_CODES.has(String(e.errorCode))) return true;
  if (NETWORK_CODES.has(String(e.code))) return true;
  const kind = e.meta?.driverAdapterError?.cause?.kind ?? e.kind;
  if (UNREACHABLE_KINDS.has(String(kind))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

/** The database is unreachable: shown as "unavailable" (no internals), pages and routes answer 503. */
export class DatabaseUnavailableError extends ServiceUnavailableError {
  /** Error boundaries receive only the digest in production: this one tells them what to say. */
  readonly digest = DATABASE_UNAVAILABLE_DIGEST;
  constructor() {
    super('iLearn+ is unavailable just now. Please try again in a few minutes.');
    this.name = 'DatabaseUnavailableError';
  }
}

export const DATABASE_UNAVAILABLE_DIGEST = 'ILEARN_SERVICE_UNAVAILABLE';

const UNAVAILABLE_AT = Symbol.for('ilearn.databaseUnavailableAt');
const store = globalThis as unknown as Record<symbol, number | undefined>;

/**
 * A DatabaseUnavailableError for a connection failure (remembered for a few seconds, so the server answers the
 * request's error page with 503 — lib/auth/peer-address.ts), otherwise the error itself.
 */
export function asServiceError(error: unknown): unknown {
  if (error instanceof DatabaseUnavailableError) return error;
  if (!isDatabaseUnavailable(error)) return error;
  store[UNAVAILABLE_AT] = Date.now();
  reportUnavailable(error);
  return new DatabaseUnavailableError();
}

// Client components import this module too, so it cannot import the logger: lib/log.ts registers here instead.
let reportUnavailable: (error: unknown) => void = () => undefined;

/** Called by lib/log.ts: how a lost database connection is reported. */
export function onDatabaseUnavailable(report: (error: unknown) => void): void {
  reportUnavailable = report;
}

/** True when a request in this process failed to reach the database in the last `windowMs`. */
export function databaseRecentlyUnavailable(windowMs = 15_000, now = Date.now()): boolean {
  const at = store[UNAVAILABLE_AT];
  return at !== undefined && now - at < windowMs;
}
