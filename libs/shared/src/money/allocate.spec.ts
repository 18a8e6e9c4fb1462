import fc from 'fast-check';
import { SUPPORTED_CURRENCIES } from './currency';
import { allocate } from './allocate';
import { money, signedMoney } from './money';

const amounts = (parts: { amount: number }[]) => parts.map((part) => part.amount);

describe('allocate', () => {
  it('splits evenly when it can', () => {
    expect(amounts(allocate(money(900, 'CNY'), [1, 1, 1]))).toEqual([300, 300, 300]);
  });

  it('gives leftover cents to the earliest parts on equal remainders', () => {
    expect(amounts(allocate(money(100, 'CNY'), [1, 1, 1]))).toEqual([34, 33, 33]);
    expect(amounts(allocate(money(101, 'CNY'), [1, 1, 1]))).toEqual([34, 34, 33]);
  });

  it('gives leftover cents to the largest remainders first', () => {
    // Exact shares of 10 by 3:3:4 are 3.0, 3.0, 4.0 → no leftover.
    expect(amounts(allocate(money(10, 'USD'), [3, 3, 4]))).toEqual([3, 3, 4]);
    // Exact shares of 5 by 1:3 are 1.25, 3.75 → the 0.75 part gets the leftover cent.
    expect(amounts(allocate(money(5, 'USD'), [1, 3]))).toEqual([1, 4]);
    // Exact shares of 10 by 7:0:3 are 7, 0, 3 → zero weight gets nothing.
    expect(amounts(allocate(money(10, 'USD'), [7, 0, 3]))).toEqual([7, 0, 3]);
  });

  it('splits a negative amount like its absolute value', () => {
    expect(amounts(allocate(signedMoney(-100, 'EUR'), [1, 1, 1]))).toEqual([-34, -33, -33]);
  });

  it('keeps the currency', () => {
    expect(allocate(money(10, 'HKD'), [1, 1]).map((part) => part.currency)).toEqual(['HKD', 'HKD']);
  });

  it.each([[[]], [[0, 0]], [[1, -1]], [[1.5, 1]], [[Number.NaN]]])('refuses the weights %p', (weights) => {
    expect(() => allocate(money(100, 'CNY'), weights)).toThrow(
      expect.objectContaining({ code: 'invalid_allocation' }),
    );
  });

  it('never loses or invents a minor unit, and each part is within one unit of its exact share', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SUPPORTED_CURRENCIES),
        fc.integer({ min: -(2 ** 53 - 1), max: 2 ** 53 - 1 }),
        fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 20 }).filter((w) => w.some((x) => x > 0)),
        (currency, total, weights) => {
          const parts = allocate(signedMoney(total, currency), weights);
          const weightSum = BigInt(weights.reduce((a, b) => a + b, 0));
          expect(parts).toHaveLength(weights.length);
          expect(parts.reduce((sum, part) => sum + BigInt(part.amount), 0n)).toBe(BigInt(total));
          parts.forEach((part, i) => {
            expect(part.currency).toBe(currency);
            // |part × sum − total × weight| < sum, i.e. within one minor unit of the exact share.
            const error = BigInt(part.amount) * weightSum - BigInt(total) * BigInt(weights[i]);
            expect(error < weightSum && error > -weightSum).toBe(true);
          });
        },
      ),
    );
  });
});
