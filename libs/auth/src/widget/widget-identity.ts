import { createHmac, timingSafeEqual } from 'node:crypto';
import { InvalidWidgetIdentityError } from '../auth.errors';

/** Identities are short-lived: a signature is good for this long at most, whatever it says. */
export const MAX_WIDGET_IDENTITY_LIFETIME_MS = 15 * 60_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The signed identity a host page gives the widget for its logged-in customer:
 * `customerId.expiryUnixSeconds.base64url(HMAC-SHA256(secret, "customerId.expiry"))`.
 * The host page's server signs it; the browser can pass it on but never forge or alter it.
 */
export function signWidgetIdentity(secret: string, customerId: string, expiresAt: Date): string {
  const payload = `${customerId}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return `${payload}.${mac(secret, payload)}`;
}

/** @returns the customer id of a valid, unexpired identity. */
export function verifyWidgetIdentity(secret: string, identity: string, now: Date): string {
  const parts = identity.split('.');
  if (parts.length !== 3) throw new InvalidWidgetIdentityError();
  const [customerId, expiry, signature] = parts;
  if (!UUID.test(customerId) || !/^\d{1,12}$/.test(expiry)) throw new InvalidWidgetIdentityError();
  const expected = Buffer.from(mac(secret, `${customerId}.${expiry}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new InvalidWidgetIdentityError();
  const expiresAtMs = Number(expiry) * 1000;
  if (expiresAtMs <= now.getTime() || expiresAtMs > now.getTime() + MAX_WIDGET_IDENTITY_LIFETIME_MS) throw new InvalidWidgetIdentityError();
  return customerId;
}

function mac(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}
