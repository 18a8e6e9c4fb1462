import { isLuhnValid, maskCardNumber } from '@okpay/shared';
import { FailureCode } from '../transactions/wallet-transaction.record';

/**
 * The demo card network. Any Luhn-valid card is approved unless it is expired or one of the
 * documented test numbers that the issuer always declines.
 */
export const ALWAYS_DECLINED_TEST_CARDS = ['4000000000000002', '6222000000000005'] as const;

export interface CardDetails {
  readonly number: string;
  readonly expiryMonth: number;
  readonly expiryYear: number;
}

export interface CardAuthorization {
  readonly masked: string | null;
  readonly failureCode: FailureCode | null;
}

export function authorizeCard(card: CardDetails | undefined, now: Date): CardAuthorization {
  // No card details: the customer's card on file, which the demo issuer always approves.
  if (!card) return { masked: null, failureCode: null };
  const digits = card.number.replace(/[ -]/g, '');
  const masked = maskCardNumber(digits);
  if (!isLuhnValid(digits) || (ALWAYS_DECLINED_TEST_CARDS as readonly string[]).includes(digits)) {
    return { masked, failureCode: 'card_declined' };
  }
  // A card is valid through the last day of its expiry month (UTC here; issuers differ by hours).
  const firstDayAfterExpiry = Date.UTC(card.expiryYear, card.expiryMonth, 1);
  if (now.getTime() >= firstDayAfterExpiry) return { masked, failureCode: 'card_expired' };
  return { masked, failureCode: null };
}
