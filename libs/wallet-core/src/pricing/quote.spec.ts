import fc from 'fast-check';
import { money, SUPPORTED_CURRENCIES } from '@okpay/shared';
import { AmountBelowFeeError } from './amount-below-fee.error';
import { calculateFee } from './fee';
import { FEE_SCHEDULE } from './fee-schedule';
import { quoteTopUp, quoteTransfer } from './quote';

const cny = (amount: number) => money(amount, 'CNY');
const identity = (currency: string) => ({
  from: currency,
  to: currency,
  scaledRate: 100_000_000,
  markupBasisPoints: 0,
});

describe('quoteTransfer', () => {
  it('quotes a domestic CNY transfer: fee on top, recipient gets the amount', () => {
    expect(quoteTransfer({ amount: cny(100_000), toCurrency: 'CNY', crossBorder: false })).toEqual({
      fee: cny(100), // 0.1% of ¥1,000.00
      totalDebited: cny(100_100),
      amountReceived: cny(100_000),
      rate: identity('CNY'),
    });
  });

  it('quotes ¥1,000.00 to a USD recipient abroad (worked by hand)', () => {
    // Fee 1% = ¥10.00 (= the minimum). Rate: (1 / 7.2) × 0.995 = 0.13819444 (rounded down).
    // Received: 1,000 × 0.13819444 = 138.19444 → US$138.19 (rounded down).
    expect(quoteTransfer({ amount: cny(100_000), toCurrency: 'USD', crossBorder: true })).toEqual({
      fee: cny(1_000),
      totalDebited: cny(101_000),
      amountReceived: money(13_819, 'USD'),
      rate: { from: 'CNY', to: 'USD', scaledRate: 13_819_444, markupBasisPoints: 50 },
    });
  });

  it('quotes US$100.00 to a CNY recipient abroad (worked by hand)', () => {
    // Fee 1% = US$1.00, below the minimum ¥10.00 = US$1.39. Rate 7.2 × 0.995 = 7.164 → ¥716.40.
    expect(quoteTransfer({ amount: money(10_000, 'USD'), toCurrency: 'CNY', crossBorder: true })).toEqual({
      fee: money(139, 'USD'),
      totalDebited: money(10_139, 'USD'),
      amountReceived: cny(71_640),
      rate: { from: 'USD', to: 'CNY', scaledRate: 716_400_000, markupBasisPoints: 50 },
    });
  });

  it('quotes HK$1,000.00 to a USD recipient abroad (worked by hand)', () => {
    // Fee 1% = HK$10.00, below min ¥10.00 = HK$10.87. Rate (0.92 / 7.2) × 0.995 = 0.127138888… → 0.12713888.
    // Received: 1,000 × 0.12713888 = 127.13888 → US$127.13.
    expect(quoteTransfer({ amount: money(100_000, 'HKD'), toCurrency: 'USD', crossBorder: true })).toEqual({
      fee: money(1_087, 'HKD'),
      totalDebited: money(101_087, 'HKD'),
      amountReceived: money(12_713, 'USD'),
      rate: { from: 'HKD', to: 'USD', scaledRate: 12_713_888, markupBasisPoints: 50 },
    });
  });

  it('charges the domestic fee but still the FX markup for a domestic transfer between currencies', () => {
    // €100.00 at (7.8 × 0.995 = 7.761) = ¥776.10; fee 0.1% = €0.10 vs min ¥0.10 = €0.01 → €0.10.
    const quote = quoteTransfer({ amount: money(10_000, 'EUR'), toCurrency: 'CNY', crossBorder: false });
    expect(quote.fee).toEqual(money(10, 'EUR'));
    expect(quote.amountReceived).toEqual(cny(77_610));
  });

  it('caps the fee at the maximum', () => {
    const quote = quoteTransfer({ amount: cny(10_000_000), toCurrency: 'CNY', crossBorder: true });
    expect(quote.fee).toEqual(cny(20_000));
    expect(quote.totalDebited).toEqual(cny(10_020_000));
  });

  it('refuses an amount that does not exceed the fee, with amount_below_fee', () => {
    const tenFen = { amount: cny(10), toCurrency: 'CNY', crossBorder: false } as const;
    expect(() => quoteTransfer(tenFen)).toThrow(AmountBelowFeeError);
    expect(() => quoteTransfer({ amount: cny(1_000), toCurrency: 'USD', crossBorder: true })).toThrow(
      expect.objectContaining({
        code: 'amount_below_fee',
        extensions: { amount: cny(1_000), fee: cny(1_000) },
      }),
    );
    // One fen above the fee is fine.
    expect(quoteTransfer({ amount: cny(11), toCurrency: 'CNY', crossBorder: false }).fee).toEqual(cny(10));
    expect(quoteTransfer({ amount: cny(1_001), toCurrency: 'CNY', crossBorder: true }).fee).toEqual(cny(1_000));
  });

  it('refuses a zero amount', () => {
    expect(() => quoteTransfer({ amount: cny(0), toCurrency: 'CNY', crossBorder: false })).toThrow(
      expect.objectContaining({ code: 'invalid_amount' }),
    );
  });

  it('either refuses because the fee reaches the amount, or quotes a fee within bounds and below the amount', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SUPPORTED_CURRENCIES),
        fc.constantFrom(...SUPPORTED_CURRENCIES),
        fc.boolean(),
        fc.oneof(fc.integer({ min: 1, max: 3_000 }), fc.integer({ min: 1, max: 10 ** 13 })),
        (from, to, crossBorder, amount) => {
          const sent = money(amount, from);
          const rule = crossBorder ? FEE_SCHEDULE.crossBorderTransfer : FEE_SCHEDULE.domesticTransfer;
          const expectedFee = calculateFee(rule, sent);
          if (expectedFee.amount >= amount) {
            expect(() => quoteTransfer({ amount: sent, toCurrency: to, crossBorder })).toThrow(AmountBelowFeeError);
            return;
          }
          const quote = quoteTransfer({ amount: sent, toCurrency: to, crossBorder });
          expect(quote.fee).toEqual(expectedFee);
          expect(quote.fee.amount).toBeLessThan(amount);
          expect(quote.totalDebited).toEqual(money(amount + quote.fee.amount, from));
          expect(quote.amountReceived.currency).toBe(to);
          expect(quote.amountReceived.amount).toBeGreaterThan(0);
          if (from === to) expect(quote.amountReceived).toEqual(sent);
        },
      ),
    );
  });

  it('keeps CNY fees within the literal schedule bounds', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: 1_001, max: 10 ** 13 }), (crossBorder, amount) => {
        const { fee } = quoteTransfer({ amount: cny(amount), toCurrency: 'CNY', crossBorder });
        const [min, max] = crossBorder ? [1_000, 20_000] : [10, 2_500];
        expect(fee.amount).toBeGreaterThanOrEqual(min);
        expect(fee.amount).toBeLessThanOrEqual(max);
      }),
    );
  });
});

describe('quoteTopUp', () => {
  it('charges 0.6% on top for a card top-up', () => {
    expect(quoteTopUp({ amount: cny(10_000), method: 'card' })).toEqual({
      fee: cny(60),
      totalDebited: cny(10_060),
      amountReceived: cny(10_000),
      rate: identity('CNY'),
    });
  });

  it('rounds half a fen up: a ¥2.50 card top-up costs ¥0.02', () => {
    expect(quoteTopUp({ amount: cny(250), method: 'card' }).fee).toEqual(cny(2));
  });

  it('keeps bank-transfer top-ups free in every currency', () => {
    expect(quoteTopUp({ amount: money(123_456, 'HKD'), method: 'bank_transfer' })).toEqual({
      fee: money(0, 'HKD'),
      totalDebited: money(123_456, 'HKD'),
      amountReceived: money(123_456, 'HKD'),
      rate: identity('HKD'),
    });
  });

  it('never charges a card fee as large as the top-up itself', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SUPPORTED_CURRENCIES),
        fc.integer({ min: 1, max: 10 ** 13 }),
        (currency, amount) => {
          const quote = quoteTopUp({ amount: money(amount, currency), method: 'card' });
          expect(quote.fee.amount).toBeLessThan(amount);
          expect(quote.totalDebited.amount).toBe(amount + quote.fee.amount);
        },
      ),
    );
  });

  it('refuses a zero amount', () => {
    expect(() => quoteTopUp({ amount: cny(0), method: 'card' })).toThrow(
      expect.objectContaining({ code: 'invalid_amount' }),
    );
  });
});
