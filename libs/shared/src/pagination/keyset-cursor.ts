import { SharedErrorCode } from '@okpay/contracts';
import { DomainError } from '../errors/domain-error';

/** Where a newest-first page over (created_at, id) stopped: the last row it returned. */
export interface KeysetPosition {
  readonly createdAt: Date;
  readonly id: string;
}

export class InvalidCursorError extends DomainError<SharedErrorCode> {
  constructor() {
    super('invalid_cursor', 'The cursor is not one this API returned.');
  }
}

const UUID_LIKE = /^[0-9a-f-]{36}$/;

/**
 * The opaque `nextCursor` clients send back: base64url of `["<ISO instant>", "<uuid>"]`. The wire
 * format is public (clients hold cursors across deploys), so it must not change.
 */
export function encodeKeysetCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt.toISOString(), position.id])).toString('base64url');
}

/** The position a cursor from `encodeKeysetCursor` names; InvalidCursorError for anything else. */
export function decodeKeysetCursor(cursor: string): KeysetPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw new InvalidCursorError();
  const [createdAt, id] = parsed as unknown[];
  if (typeof createdAt !== 'string' || typeof id !== 'string' || !UUID_LIKE.test(id)) throw new InvalidCursorError();
  const date = new Date(createdAt);
  if (Number.isNaN(date.getTime())) throw new InvalidCursorError();
  return { createdAt: date, id };
}
