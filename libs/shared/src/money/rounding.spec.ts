import fc from 'fast-check';
import { divideAndRound, RoundingMode } from './rounding';

describe('divideAndRound', () => {
  // numerator / 10: exact, below half, exactly half (odd and even neighbours), above half; both signs.
  it.each<[bigint, Record<RoundingMode, bigint>]>([
    [20n, { floor: 2n, ceil: 2n, half_up: 2n, half_even: 2n }],
    [24n, { floor: 2n, ceil: 3n, half_up: 2n, half_even: 2n }],
    [25n, { floor: 2n, ceil: 3n, half_up: 3n, half_even: 2n }],
    [35n, { floor: 3n, ceil: 4n, half_up: 4n, half_even: 4n }],
    [26n, { floor: 2n, ceil: 3n, half_up: 3n, half_even: 3n }],
    [-24n, { floor: -3n, ceil: -2n, half_up: -2n, half_even: -2n }],
    [-25n, { floor: -3n, ceil: -2n, half_up: -3n, half_even: -2n }],
    [-35n, { floor: -4n, ceil: -3n, half_up: -4n, half_even: -4n }],
    [-26n, { floor: -3n, ceil: -2n, half_up: -3n, half_even: -3n }],
    [5n, { floor: 0n, ceil: 1n, half_up: 1n, half_even: 0n }],
    [-5n, { floor: -1n, ceil: 0n, half_up: -1n, half_even: 0n }],
  ])('%p / 10', (numerator, expected) => {
    for (const mode of Object.keys(expected) as RoundingMode[]) {
      expect([mode, divideAndRound(numerator, 10n, mode)]).toEqual([mode, expected[mode]]);
    }
  });

  it('refuses a zero or negative denominator', () => {
    expect(() => divideAndRound(1n, 0n, 'floor')).toThrow(RangeError);
    expect(() => divideAndRound(1n, -2n, 'floor')).toThrow(RangeError);
  });

  it('stays exact far beyond 2^53', () => {
    const big = 2n ** 80n + 1n;
    expect(divideAndRound(big * 3n, 3n, 'floor')).toBe(big);
  });

  it('always lands on floor or ceil, and within half a unit for the nearest modes', () => {
    fc.assert(
      fc.property(fc.bigInt(), fc.bigInt({ min: 1n, max: 10n ** 12n }), (n, d) => {
        const floor = divideAndRound(n, d, 'floor');
        const ceil = divideAndRound(n, d, 'ceil');
        expect(floor * d <= n && n < (floor + 1n) * d).toBe(true);
        expect(ceil - floor).toBe(n % d === 0n ? 0n : 1n);
        for (const mode of ['half_up', 'half_even'] as const) {
          const rounded = divideAndRound(n, d, mode);
          const distanceTimesTwo = 2n * (rounded * d - n);
          expect(distanceTimesTwo <= d && distanceTimesTwo >= -d).toBe(true);
        }
      }),
    );
  });
});
