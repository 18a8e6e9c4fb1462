import { InvalidWidgetIdentityError } from '../auth.errors';
import { signWidgetIdentity, verifyWidgetIdentity } from './widget-identity';

const SECRET = 'widget-identity-secret-for-unit-tests-0123456789';
const CUSTOMER = '6f1c2a9e-1b2c-4d5e-8f90-123456789abc';
const NOW = new Date('2027-01-06T02:00:00Z');

describe('widget identity', () => {
  it('verifies what was signed with the same secret, until it expires', () => {
    const identity = signWidgetIdentity(SECRET, CUSTOMER, new Date(NOW.getTime() + 5 * 60_000));
    expect(verifyWidgetIdentity(SECRET, identity, NOW)).toBe(CUSTOMER);
    expect(() => verifyWidgetIdentity(SECRET, identity, new Date(NOW.getTime() + 5 * 60_000))).toThrow(InvalidWidgetIdentityError);
  });

  it('refuses another customer id, another expiry, another secret, garbage and long lifetimes', () => {
    const identity = signWidgetIdentity(SECRET, CUSTOMER, new Date(NOW.getTime() + 60_000));
    const [, expiry, signature] = identity.split('.');
    const other = '00000000-0000-4000-8000-000000000000';
    for (const forged of [
      `${other}.${expiry}.${signature}`,
      `${CUSTOMER}.${Number(expiry) + 60}.${signature}`,
      signWidgetIdentity('another-secret-of-enough-length-0123456789', CUSTOMER, new Date(NOW.getTime() + 60_000)),
      CUSTOMER,
      `${CUSTOMER}..`,
      signWidgetIdentity(SECRET, CUSTOMER, new Date(NOW.getTime() + 24 * 3600_000)),
    ]) {
      expect(() => verifyWidgetIdentity(SECRET, forged, NOW)).toThrow(InvalidWidgetIdentityError);
    }
  });
});
