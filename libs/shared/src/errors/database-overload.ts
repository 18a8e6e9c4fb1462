import { SharedErrorCode } from '@okpay/contracts';
import { ServiceUnavailableError } from './domain-error';

/** How long a client is asked to wait after the database shed its request. */
const OVERLOAD_RETRY_AFTER_SECONDS = 2;

/**
 * SQLSTATEs of a wait that hit its bound: statement_timeout (57014), lock_timeout (55P03),
 * idle_in_transaction_session_timeout (25P03).
 */
const TIMEOUT_SQLSTATES = new Set(['57014', '55P03', '25P03']);

/** node-postgres's own words when no pool connection came free in time, or connecting took too long. */
const POOL_TIMEOUT_MESSAGES = ['timeout exceeded when trying to connect', 'Connection terminated due to connection timeout'];

/** True when the database refused to wait any longer: the request is safe to retry later. */
export function isDatabaseOverload(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; driverError?: { code?: unknown } } | null;
  if (!e || typeof e !== 'object') return false;
  const code = e.code ?? e.driverError?.code;
  if (typeof code === 'string' && TIMEOUT_SQLSTATES.has(code)) return true;
  return typeof e.message === 'string' && POOL_TIMEOUT_MESSAGES.includes(e.message);
}

/** The service shed this request under load; retrying after `retryAfterSeconds` is expected to work. */
export class ServiceOverloadedError extends ServiceUnavailableError<SharedErrorCode> {
  constructor(retryAfterSeconds: number = OVERLOAD_RETRY_AFTER_SECONDS) {
    super('unavailable', 'The service is busy right now. Try again shortly.', retryAfterSeconds);
  }
}
