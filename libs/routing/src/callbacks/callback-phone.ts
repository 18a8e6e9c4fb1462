import { RoutingErrorCode } from '@okpay/contracts';
import { DomainError } from '@okpay/shared';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export class InvalidPhoneNumberError extends DomainError<RoutingErrorCode> {
  constructor(code: 'invalid_phone' | 'premium_rate_number' | 'shared_cost_number', message: string) {
    super(code, message);
  }
}

export interface CallbackPhone {
  /** E.164, e.g. +8613800138000. */
  readonly e164: string;
  /** ISO 3166-1 alpha-2 of the number. */
  readonly country: string | undefined;
}

/**
 * A number we may dial back: valid by the full metadata, and not one that costs the caller's
 * company extra (premium-rate, shared-cost). Numbers without a country code are read as mainland
 * Chinese, the wallet's home.
 */
export function callbackPhone(input: string): CallbackPhone {
  const parsed = parsePhoneNumberFromString(input, 'CN');
  if (!parsed || !parsed.isValid()) {
    throw new InvalidPhoneNumberError('invalid_phone', 'This is not a valid phone number.');
  }
  const type = parsed.getType();
  if (type === 'PREMIUM_RATE') throw new InvalidPhoneNumberError('premium_rate_number', 'Premium-rate numbers cannot be called back.');
  if (type === 'SHARED_COST') throw new InvalidPhoneNumberError('shared_cost_number', 'Shared-cost numbers cannot be called back.');
  return { e164: parsed.number, country: parsed.country };
}

/**
 * Where the customer probably is, from their number's country: the zone most of its people
 * live in. Customers in another zone of a large country can say so (`timeZone` on the request).
 */
const TIME_ZONE_BY_COUNTRY: Readonly<Record<string, string>> = {
  CN: 'Asia/Shanghai',
  HK: 'Asia/Hong_Kong',
  MO: 'Asia/Macau',
  TW: 'Asia/Taipei',
  SG: 'Asia/Singapore',
  MY: 'Asia/Kuala_Lumpur',
  JP: 'Asia/Tokyo',
  KR: 'Asia/Seoul',
  TH: 'Asia/Bangkok',
  VN: 'Asia/Ho_Chi_Minh',
  PH: 'Asia/Manila',
  ID: 'Asia/Jakarta',
  IN: 'Asia/Kolkata',
  AE: 'Asia/Dubai',
  GB: 'Europe/London',
  IE: 'Europe/Dublin',
  DE: 'Europe/Berlin',
  FR: 'Europe/Paris',
  ES: 'Europe/Madrid',
  IT: 'Europe/Rome',
  NL: 'Europe/Amsterdam',
  US: 'America/New_York',
  CA: 'America/Toronto',
  AU: 'Australia/Sydney',
  NZ: 'Pacific/Auckland',
};

export function likelyTimeZone(country: string | undefined, fallback: string): string {
  return (country && TIME_ZONE_BY_COUNTRY[country]) || fallback;
}
