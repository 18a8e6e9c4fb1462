import fc from 'fast-check';
import { money, SUPPORTED_CURRENCIES } from '@okpay/shared';
import { convert } from './exchange-rates';
import { calculateFee } from './fee';
import { FEE_SCHEDULE, FeeRule } from './fee-schedule';

const cny = (amount: number) => money(amount, 'CNY');
const { domesticTransfer, crossBorderTransfer, cardTopUp, bankTransferTopUp } = FEE_SCHEDULE;

describe('the fee schedule', () => {
  it('never has a minimum above its maximum', () => {
    for (const rule of [domesticTransfer, crossBorderTransfer, cardTopUp, bankTransferTopUp]) {
      expect(rule.maximum === null || rule.minimum.amount <= rule.maximum.amount).toBe(true);
    }
  });
});

describe('calculateFee', () => {
  it.each([
    ['below the minimum', 5_000, 10], // 0.1% of ¥50.00 = ¥0.05 → min ¥0.10
    ['exactly at the minimum', 10_000, 10], // ¥100.00 → ¥0.10
    ['between the bounds', 100_000, 100], // ¥1,000.00 → ¥1.00
    ['exactly at the maximum', 2_500_000, 2_500], // ¥25,000.00 → ¥25.00
    ['above the maximum', 3_000_000, 2_500], // ¥30,000.00 → ¥30.00 → max ¥25.00
  ])('domestic transfer %s', (_label, amount, fee) => {
    expect(calculateFee(domesticTransfer, cny(amount))).toEqual(cny(fee));
  });

  it.each([
    [50_000, 1_000], // ¥500.00 → ¥5.00 → min ¥10.00
    [150_050, 1_501], // ¥1,500.50 → 1500.5 fen → half-up ¥15.01
    [150_049, 1_500], // ¥1,500.49 → 1500.49 fen → ¥15.00
    [5_000_000, 20_000], // ¥50,000.00 → ¥500.00 → max ¥200.00
  ])('cross-border transfer of %p fen costs %p fen', (amount, fee) => {
    expect(calculateFee(crossBorderTransfer, cny(amount))).toEqual(cny(fee));
  });

  it.each([
    [250, 2], // ¥2.50 × 0.6% = 1.5 fen → half-up 2
    [249, 1], // 1.494 fen → 1
    [83, 0], // 0.498 fen → 0
    [84, 1], // 0.504 fen → 1
    [100_000_000, 600_000], // no cap: ¥1,000,000.00 → ¥6,000.00
  ])('card top-up of %p fen costs %p fen', (amount, fee) => {
    expect(calculateFee(cardTopUp, cny(amount))).toEqual(cny(fee));
  });

  it('converts CNY bounds to the amount currency at mid rate, half-up', () => {
    // Cross-border min ¥10.00 = US$1.3888… → US$1.39; max ¥200.00 = US$27.777… → US$27.78.
    expect(calculateFee(crossBorderTransfer, money(1_000, 'USD'))).toEqual(money(139, 'USD'));
    expect(calculateFee(crossBorderTransfer, money(10_000_000, 'USD'))).toEqual(money(2_778, 'USD'));
    // Min ¥10.00 = HK$10.869… → HK$10.87.
    expect(calculateFee(crossBorderTransfer, money(100_000, 'HKD'))).toEqual(money(1_087, 'HKD'));
  });

  it('keeps bank-transfer top-ups free', () => {
    expect(calculateFee(bankTransferTopUp, cny(99_999_999))).toEqual(cny(0));
  });

  it('is always within the rule’s bounds, in any currency', () => {
    const rules: FeeRule[] = [domesticTransfer, crossBorderTransfer, cardTopUp, bankTransferTopUp];
    fc.assert(
      fc.property(
        fc.constantFrom(...rules),
        fc.constantFrom(...SUPPORTED_CURRENCIES),
        fc.integer({ min: 0, max: 10 ** 13 }),
        (rule, currency, amount) => {
          const bound = (value: typeof rule.minimum) =>
            convert(value, currency, { markupBasisPoints: 0, rounding: 'half_up' }).amount;
          const fee = calculateFee(rule, money(amount, currency));
          expect(fee.currency).toBe(currency);
          expect(fee.amount).toBeGreaterThanOrEqual(bound(rule.minimum));
          if (rule.maximum !== null) expect(fee.amount).toBeLessThanOrEqual(bound(rule.maximum));
        },
      ),
    );
  });
});
