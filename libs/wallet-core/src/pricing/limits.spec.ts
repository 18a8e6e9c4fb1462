import fc from 'fast-check';
import { money, parseDecimal, SUPPORTED_CURRENCIES } from '@okpay/shared';
import {
  allowsCrossBorderTransfers,
  amountInLimitCurrency,
  KYC_LIMITS,
  KYC_TIERS,
  LIMIT_CURRENCY_FRACTIONS,
  LIMIT_KINDS,
  remainingDailyLimit,
} from './limits';

const cny = (decimal: string) => parseDecimal(decimal, 'CNY');

describe('KYC limits', () => {
  it('lets even unverified customers top up by card and pay at least ¥500.00 a day (contract)', () => {
    expect(KYC_LIMITS.unverified.card_top_up.daily.amount).toBeGreaterThanOrEqual(50_000);
    expect(KYC_LIMITS.unverified.payment.daily.amount).toBeGreaterThanOrEqual(50_000);
  });

  it('never lowers a limit as the tier rises, and a single limit never exceeds the daily one', () => {
    for (const kind of LIMIT_KINDS) {
      KYC_TIERS.forEach((tier, i) => {
        const limit = KYC_LIMITS[tier][kind];
        expect(limit.single.currency).toBe('CNY');
        expect(limit.single.amount).toBeLessThanOrEqual(limit.daily.amount);
        if (i > 0) {
          const lower = KYC_LIMITS[KYC_TIERS[i - 1]][kind];
          expect(limit.single.amount).toBeGreaterThanOrEqual(lower.single.amount);
          expect(limit.daily.amount).toBeGreaterThanOrEqual(lower.daily.amount);
        }
      });
    }
  });

  it('allows cross-border transfers from basic up', () => {
    expect(allowsCrossBorderTransfers('unverified')).toBe(false);
    expect(allowsCrossBorderTransfers('basic')).toBe(true);
    expect(allowsCrossBorderTransfers('full')).toBe(true);
  });
});

describe('amountInLimitCurrency', () => {
  it('converts at mid rate and rounds up', () => {
    expect(amountInLimitCurrency(money(10_000, 'USD'))).toEqual(cny('720.00')); // no markup
    expect(amountInLimitCurrency(money(1, 'EUR'))).toEqual(cny('0.08')); // 7.8 fen → 8
    expect(amountInLimitCurrency(cny('123.45'))).toEqual(cny('123.45'));
  });
});

describe('remainingDailyLimit', () => {
  it('subtracts today’s usage from the daily limit', () => {
    expect(remainingDailyLimit('unverified', 'payment', cny('0'))).toEqual(cny('1000.00'));
    expect(remainingDailyLimit('unverified', 'payment', cny('999.99'))).toEqual(cny('0.01'));
    expect(remainingDailyLimit('basic', 'transfer', cny('1234.56'))).toEqual(cny('18765.44'));
    expect(remainingDailyLimit('full', 'card_top_up', cny('200000.00'))).toEqual(cny('0.00'));
  });

  it('never goes below zero when usage already exceeds the limit', () => {
    expect(remainingDailyLimit('unverified', 'transfer', cny('600.00'))).toEqual(cny('0.00'));
  });

  it('counts usage in other currencies at mid rate, rounded up', () => {
    expect(remainingDailyLimit('basic', 'payment', money(10_000, 'USD'))).toEqual(cny('19280.00')); // 20,000 − 720
    expect(remainingDailyLimit('basic', 'payment', money(1, 'EUR'))).toEqual(cny('19999.92')); // 20,000 − 0.08
  });

  it('refuses negative usage', () => {
    expect(() => remainingDailyLimit('basic', 'payment', { amount: -1, currency: 'CNY' })).toThrow(
      expect.objectContaining({ code: 'invalid_amount' }),
    );
  });

  it('is always in CNY, between zero and the daily limit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KYC_TIERS),
        fc.constantFrom(...LIMIT_KINDS),
        fc.constantFrom(...SUPPORTED_CURRENCIES),
        fc.nat({ max: 10 ** 9 }),
        (tier, kind, currency, used) => {
          const remaining = remainingDailyLimit(tier, kind, money(used, currency));
          expect(remaining.currency).toBe('CNY');
          expect(remaining.amount).toBeGreaterThanOrEqual(0);
          expect(remaining.amount).toBeLessThanOrEqual(KYC_LIMITS[tier][kind].daily.amount);
        },
      ),
    );
  });
});

describe('LIMIT_CURRENCY_FRACTIONS', () => {
  it('rounds up to the same CNY amount as amountInLimitCurrency, for SQL that counts limits', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SUPPORTED_CURRENCIES), fc.integer({ min: 0, max: 10_000_000_000 }), (currency, amount) => {
        const [numerator, denominator] = LIMIT_CURRENCY_FRACTIONS[currency]!.map(BigInt);
        const roundedUp = (BigInt(amount) * numerator + denominator - 1n) / denominator;
        expect(Number(roundedUp)).toBe(amountInLimitCurrency(money(amount, currency)).amount);
      }),
    );
  });
});
