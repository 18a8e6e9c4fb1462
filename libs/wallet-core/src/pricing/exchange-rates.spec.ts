import fc from 'fast-check';
import { money, RoundingMode, SUPPORTED_CURRENCIES } from '@okpay/shared';
import { applyRate, convert, exchangeRate } from './exchange-rates';

describe('mid rates', () => {
  it('derive cross rates from the CNY table, rounded down to 8 places', () => {
    expect(exchangeRate('USD', 'CNY', 0).scaledRate).toBe(720_000_000); // 7.2
    expect(exchangeRate('CNY', 'USD', 0).scaledRate).toBe(13_888_888); // 1 / 7.2 = 0.138888…
    expect(exchangeRate('USD', 'HKD', 0).scaledRate).toBe(782_608_695); // 7.2 / 0.92 = 7.82608695…
    expect(exchangeRate('EUR', 'USD', 0).scaledRate).toBe(108_333_333); // 7.8 / 7.2 = 1.083333…
  });
});

describe('exchangeRate with a markup', () => {
  it('takes the markup off what the customer receives, in one rounding', () => {
    // 7.2 × 0.995 = 7.164 exactly.
    expect(exchangeRate('USD', 'CNY', 50)).toEqual({
      from: 'USD',
      to: 'CNY',
      scaledRate: 716_400_000,
      markupBasisPoints: 50,
    });
    // 0.995 / 7.2 = 0.13819444…; rounding the mid rate first would give 0.13819443.
    expect(exchangeRate('CNY', 'USD', 50).scaledRate).toBe(13_819_444);
  });

  it('is exactly 1 with no markup between a currency and itself', () => {
    expect(exchangeRate('HKD', 'HKD', 50)).toEqual({
      from: 'HKD',
      to: 'HKD',
      scaledRate: 100_000_000,
      markupBasisPoints: 0,
    });
  });

  it.each([-1, 10_000, 2.5])('refuses a markup of %p basis points', (markup) => {
    expect(() => exchangeRate('USD', 'CNY', markup)).toThrow(expect.objectContaining({ code: 'invalid_basis_points' }));
  });

  it('never gives the customer more than the mid rate', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SUPPORTED_CURRENCIES),
        fc.constantFrom(...SUPPORTED_CURRENCIES),
        fc.integer({ min: 0, max: 9_999 }),
        (from, to, markup) => {
          const mid = exchangeRate(from, to, 0).scaledRate;
          expect(exchangeRate(from, to, markup).scaledRate).toBeLessThanOrEqual(mid);
        },
      ),
    );
  });
});

describe('convert', () => {
  it('converts hand-computed examples', () => {
    // ¥1,000.00 → USD at 0.13819444 = 138.19444 → floor 138.19.
    const customer = { markupBasisPoints: 50, rounding: 'floor' } as const;
    expect(convert(money(100_000, 'CNY'), 'USD', customer)).toEqual(money(13_819, 'USD'));
    // US$100.00 at 7.2 mid = ¥720.00.
    const mid = { markupBasisPoints: 0, rounding: 'floor' } as const;
    expect(convert(money(10_000, 'USD'), 'CNY', mid)).toEqual(money(72_000, 'CNY'));
  });

  it('applies the named rounding to the last minor unit', () => {
    // ¥10.00 → USD at mid 0.13888888 = 1.3888888 USD: 138.88888 cents.
    const tenYuan = money(1_000, 'CNY');
    expect(convert(tenYuan, 'USD', { markupBasisPoints: 0, rounding: 'floor' })).toEqual(money(138, 'USD'));
    expect(convert(tenYuan, 'USD', { markupBasisPoints: 0, rounding: 'half_up' })).toEqual(money(139, 'USD'));
    // €0.01 → CNY at 7.8 = 7.8 fen.
    expect(convert(money(1, 'EUR'), 'CNY', { markupBasisPoints: 0, rounding: 'ceil' })).toEqual(money(8, 'CNY'));
    expect(convert(money(1, 'EUR'), 'CNY', { markupBasisPoints: 0, rounding: 'floor' })).toEqual(money(7, 'CNY'));
  });

  it('rounds an exact half minor unit as told', () => {
    // US$3.75 at the customer rate 7.164 = ¥26.865 = 2686.5 fen exactly.
    const usd = money(375, 'USD');
    const at = (rounding: RoundingMode) => convert(usd, 'CNY', { markupBasisPoints: 50, rounding });
    expect(at('half_up')).toEqual(money(2687, 'CNY'));
    expect(at('half_even')).toEqual(money(2686, 'CNY'));
    expect(at('floor')).toEqual(money(2686, 'CNY'));
    // ¥0.09 at mid 0.13888888 = 1.24999992 US cents: just under half stays down even with half_up.
    expect(convert(money(9, 'CNY'), 'USD', { markupBasisPoints: 0, rounding: 'half_up' })).toEqual(money(1, 'USD'));
  });

  it('refuses a rate for another currency', () => {
    expect(() => applyRate(money(100, 'EUR'), exchangeRate('USD', 'CNY', 0), 'floor')).toThrow(
      expect.objectContaining({ code: 'currency_mismatch' }),
    );
  });

  it('is the identity within one currency', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SUPPORTED_CURRENCIES), fc.maxSafeNat(), (currency, amount) => {
        expect(convert(money(amount, currency), currency, { markupBasisPoints: 50, rounding: 'floor' })).toEqual(
          money(amount, currency),
        );
      }),
    );
  });
});
