import fc from 'fast-check';
import { money } from './money';
import { percentOf } from './percent-of';

const cny = (amount: number) => money(amount, 'CNY');

describe('percentOf', () => {
  it('takes basis points of an amount', () => {
    expect(percentOf(cny(10000), 60, 'half_up')).toEqual(cny(60)); // 0.6% of ¥100.00 = ¥0.60
    expect(percentOf(cny(10000), 10_000, 'half_up')).toEqual(cny(10000));
    expect(percentOf(cny(10000), 0, 'half_up')).toEqual(cny(0));
  });

  it('rounds half a minor unit as the named mode says', () => {
    // 1% of ¥1,500.50 = 1500.5 fen; 1% of ¥1,501.50 = 1501.5 fen.
    expect(percentOf(cny(150050), 100, 'half_up')).toEqual(cny(1501));
    expect(percentOf(cny(150050), 100, 'half_even')).toEqual(cny(1500));
    expect(percentOf(cny(150150), 100, 'half_even')).toEqual(cny(1502));
    expect(percentOf(cny(150050), 100, 'floor')).toEqual(cny(1500));
    expect(percentOf(cny(150001), 100, 'ceil')).toEqual(cny(1501));
  });

  it('stays exact where amount × basis points exceeds 2^53', () => {
    // 9,007,199,254,740,991 × 5,000 is far past 2^53; half of an odd number rounds half up.
    expect(percentOf(cny(Number.MAX_SAFE_INTEGER), 5_000, 'half_up')).toEqual(cny(4503599627370496));
    expect(percentOf(cny(Number.MAX_SAFE_INTEGER), 5_000, 'floor')).toEqual(cny(4503599627370495));
  });

  it('refuses a result beyond the safe range', () => {
    expect(() => percentOf(cny(Number.MAX_SAFE_INTEGER), 20_000, 'floor')).toThrow(
      expect.objectContaining({ code: 'amount_too_large' }),
    );
  });

  it.each([-1, 0.5, Number.NaN])('refuses %p basis points', (basisPoints) => {
    expect(() => percentOf(cny(100), basisPoints, 'floor')).toThrow(
      expect.objectContaining({ code: 'invalid_basis_points' }),
    );
  });

  it('never takes more than the amount for up to 100%', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 52 }), fc.nat({ max: 10_000 }), (amount, bps) => {
        const part = percentOf(cny(amount), bps, 'half_up').amount;
        expect(part).toBeGreaterThanOrEqual(0);
        expect(part).toBeLessThanOrEqual(amount);
      }),
    );
  });
});
