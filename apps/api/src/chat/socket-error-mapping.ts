import { ErrorCode, SocketError } from '@okpay/contracts';
import { DomainError, domainErrorOfDatabaseFailure, RateLimitedError, RequestValidationError, ServiceUnavailableError } from '@okpay/shared';

export interface MappedSocketError {
  readonly error: SocketError;
  /** Ours to fix: log it with its stack. */
  readonly unexpected: boolean;
}

/**
 * The socket transport's one mapping of errors, the twin of the HTTP problem mapping: a domain
 * error keeps its stable code; an unreachable database is the retryable `unavailable`; anything
 * else is an internal error whose details stay in the log.
 */
export function toSocketError(error: unknown): MappedSocketError {
  const databaseFailure = domainErrorOfDatabaseFailure(error);
  if (databaseFailure) return toSocketError(databaseFailure);
  if (error instanceof DomainError) {
    // `instanceof` on the generic class narrows to DomainError<any>; name the code's type again.
    const code: ErrorCode = error.code;
    return {
      error: {
        code,
        message: error.message,
        ...(error instanceof RequestValidationError ? { errors: [...error.fieldProblems] } : {}),
        ...(error instanceof RateLimitedError || error instanceof ServiceUnavailableError ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
      },
      unexpected: false,
    };
  }
  return { error: { code: 'internal_error', message: 'Something went wrong on our side.' }, unexpected: true };
}

/** A handshake refusal as socket.io carries it: `connect_error` with `err.data.code`. */
export function toHandshakeError(error: unknown): Error & { data: SocketError } {
  const mapped = toSocketError(error);
  return Object.assign(new Error(mapped.error.message), { data: mapped.error });
}
