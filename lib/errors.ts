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
