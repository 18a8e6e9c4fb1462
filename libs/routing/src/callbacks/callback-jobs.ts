import { createHash } from 'node:crypto';

/** Durable job that expires a callback nobody worked in time. */
export const EXPIRE_CALLBACK_JOB = 'routing.expire-callback';

/** A scheduled call not made within this long after its slot has expired. */
export const CALLBACK_EXPIRES_AFTER_MS = 4 * 3600_000;

export interface ExpireCallbackJobData {
  readonly callbackId: string;
  /** The attempt the expiry belongs to: a later reschedule makes an older expiry moot. */
  readonly attempt: number;
}

/** A deterministic UUID per callback and attempt, so scheduling twice makes one job. */
export function expiryJobId(callbackId: string, attempt: number): string {
  const hex = createHash('sha256').update(`${EXPIRE_CALLBACK_JOB}:${callbackId}:${attempt}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
