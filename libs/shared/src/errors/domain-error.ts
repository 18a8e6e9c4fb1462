import { ErrorCode, SharedErrorCode } from '@okpay/contracts';

export interface FieldProblem {
  /** Dotted path of the offending field, e.g. `amount.currency`. */
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

/**
 * What went wrong, in domain terms: a code from the union in `@okpay/contracts`. Each transport
 * (HTTP, socket) maps every code exhaustively in one place; domain code never picks HTTP statuses.
 */
export class DomainError<Code extends ErrorCode = ErrorCode> extends Error {
  constructor(
    /** Stable, snake_case, part of the public API. */
    readonly code: Code,
    message: string,
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class RequestValidationError extends DomainError<SharedErrorCode> {
  constructor(readonly fieldProblems: readonly FieldProblem[]) {
    super('validation_failed', 'The request has invalid fields.', { errors: fieldProblems });
  }
}

export class RateLimitedError<Code extends ErrorCode = ErrorCode> extends DomainError<Code> {
  constructor(code: Code, message: string, readonly retryAfterSeconds: number) {
    super(code, message, { retryAfterSeconds });
  }
}

/** Temporarily unable to serve (e.g. the database is restarting): the same request may succeed after `retryAfterSeconds`. */
export class ServiceUnavailableError<Code extends ErrorCode = ErrorCode> extends DomainError<Code> {
  constructor(code: Code, message: string, readonly retryAfterSeconds: number) {
    super(code, message, { retryAfterSeconds });
  }
}

/** How long clients wait before retrying while the database is unreachable: about one restart of the embedded PostgreSQL. */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

export function databaseUnavailableError(): ServiceUnavailableError<SharedErrorCode> {
  return new ServiceUnavailableError('unavailable', 'The service is briefly unavailable; try again shortly.', DATABASE_RETRY_AFTER_SECONDS);
}
