import { SocketError } from '@okpay/contracts';
import { databaseUnavailableError, DomainError, isDatabaseOverload, isDatabaseUnreachable, RateLimitedError, RequestValidationError, ServiceOverloadedError, ServiceUnavailableError, userValueErrorOf } from '@okpay/shared';

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
  const refusedValue = userValueErrorOf(error);
  if (refusedValue) return toSocketError(refusedValue);
  // The database is down or restarting: the client retries (same clientId) after retryAfterSeconds.
  if (isDatabaseUnreachable(error)) return toSocketError(databaseUnavailableError());
  if (error instanceof DomainError) {
    return {
      error: {
        code: error.code,
        message: error.message,
        ...(error instanceof RequestValidationError ? { errors: [...error.fieldProblems] } : {}),
        ...(error instanceof RateLimitedError || error instanceof ServiceUnavailableError ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
      },
      unexpected: false,
    };
  }
  // Shed under load (pool, statement or lock timeout): retryable, unlike an internal error.
  if (isDatabaseOverload(error)) return toSocketError(new ServiceOverloadedError());
  return { error: { code: 'internal_error', message: 'Something went wrong on our side.' }, unexpected: true };
}

/** A handshake refusal as socket.io carries it: `connect_error` with `err.data.code`. */
export function toHandshakeError(error: unknown): Error & { data: SocketError } {
  const mapped = toSocketError(error);
  return Object.assign(new Error(mapped.error.message), { data: mapped.error });
}
