/** SQLSTATE 23505: a unique index refused the row. `constraint` narrows it to one index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e?.code ?? e?.driverError?.code;
  const name = e?.constraint ?? e?.driverError?.constraint;
  return code === '23505' && (constraint === undefined || name === constraint);
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
