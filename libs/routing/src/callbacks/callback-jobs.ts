import { deterministicJobId } from '@okpay/database';

/** Durable job that expires a callback nobody worked in time. */
export const EXPIRE_CALLBACK_JOB = 'routing.expire-callback';

/** A scheduled call not made within this long after its slot has expired. */
export const CALLBACK_EXPIRES_AFTER_MS = 4 * 3600_000;

export interface ExpireCallbackJobData {
  readonly callbackId: string;
  /** The attempt the expiry belongs to: a later reschedule makes an older expiry moot. */
  readonly attempt: number;
}

/** One expiry job per callback and attempt. */
export function expiryJobId(callbackId: string, attempt: number): string {
  return deterministicJobId(EXPIRE_CALLBACK_JOB, callbackId, String(attempt));
}
