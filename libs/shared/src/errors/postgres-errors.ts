import { SharedErrorCode } from '@okpay/contracts';
import { DomainError } from './domain-error';

/** SQLSTATE 23505: a unique index refused the row. `constraint` narrows it to one index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e?.code ?? e?.driverError?.code;
  const name = e?.constraint ?? e?.driverError?.constraint;
  return code === '23505' && (constraint === undefined || name === constraint);
}

/**
 * SQLSTATEs that mean a value the caller gave was refused: an id that names nothing (23503), text
 * that is not of the column's type (22P02), a number out of the column's range (22003), bytes
 * PostgreSQL cannot store (22021). Validation should stop these first; this is the net behind it,
 * so that they answer 4xx rather than 500.
 */
const USER_VALUE_ERRORS: Readonly<Record<string, () => DomainError>> = {
  '23503': () => new DomainError<SharedErrorCode>('unknown_reference', 'A referenced resource does not exist.'),
  '22P02': () => new DomainError<SharedErrorCode>('invalid_value', 'A value is not of the expected type.'),
  '22003': () => new DomainError<SharedErrorCode>('value_out_of_range', 'A number is out of range.'),
  '22021': () => new DomainError<SharedErrorCode>('invalid_characters', 'Text may not contain NUL characters or unpaired surrogates.'),
};

/** The coded error for a PostgreSQL refusal of a caller's value, or undefined for any other error. */
export function userValueErrorOf(error: unknown): DomainError | undefined {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | undefined;
  const code = e?.code ?? e?.driverError?.code;
  return typeof code === 'string' ? USER_VALUE_ERRORS[code]?.() : undefined;
}

/** Connecting failed (nothing listens, or the Unix socket is gone), or the connection broke. */
const UNREACHABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);
/** SQLSTATE class 08 (connection exception) and 57P01-57P03 (admin/crash shutdown, cannot connect now). */
const UNREACHABLE_SQLSTATE = /^(08...|57P0[123])$/;
/** node-postgres and pg-pool say these in words only. */
const UNREACHABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'is not queryable',
];

/**
 * True when the error means the database cannot be reached right now (down, restarting, or no
 * connection free in time) rather than that the request was wrong: worth retrying shortly.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  for (let e = error as { code?: unknown; syscall?: unknown; message?: unknown; driverError?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    if (typeof e.code === 'string' && (UNREACHABLE_ERRNOS.has(e.code) || UNREACHABLE_SQLSTATE.test(e.code))) return true;
    if (e.code === 'ENOENT' && e.syscall === 'connect') return true;
    if (typeof e.message === 'string' && UNREACHABLE_MESSAGES.some((text) => (e!.message as string).includes(text))) return true;
    e = (e.driverError ?? e.cause) as typeof e;
  }
  return false;
}
