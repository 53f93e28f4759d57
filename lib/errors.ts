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
 * Maps Prisma's known request errors to our errors (P2002 unique clash, P2025 missing row). On the embedded
 * database a unique clash can arrive with PostgreSQL's own code 23505 instead of P2002.
 */
export function fromPrismaError(error: unknown, conflictMessage = 'That already exists.'): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  const causeCode = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null)?.meta
    ?.driverAdapterError?.cause?.originalCode;
  if (code === 'P2002' || code === '23505' || causeCode === '23505') return new ConflictError(conflictMessage);
  if (code === 'P2025') return new NotFoundError();
  return error;
}
