import fc from 'fast-check';
import { SUPPORTED_CURRENCIES } from './currency';
import { addMoney, compareMoney, isZeroMoney, subtractMoney } from './arithmetic';
import { money, signedMoney } from './money';

const cny = (amount: number) => signedMoney(amount, 'CNY');
const safeAmount = fc.integer({ min: -(2 ** 50), max: 2 ** 50 });

describe('money arithmetic', () => {
  it('adds and subtracts minor units of one currency', () => {
    expect(addMoney(cny(12050), cny(50))).toEqual(cny(12100));
    expect(subtractMoney(cny(12050), cny(50))).toEqual(cny(12000));
  });

  it('lets a difference go negative', () => {
    expect(subtractMoney(money(100, 'USD'), money(250, 'USD'))).toEqual({ amount: -150, currency: 'USD' });
  });

  it('refuses to mix currencies', () => {
    const mismatch = expect.objectContaining({ code: 'currency_mismatch' });
    expect(() => addMoney(money(1, 'CNY'), money(1, 'HKD'))).toThrow(mismatch);
    expect(() => subtractMoney(money(1, 'CNY'), money(1, 'HKD'))).toThrow(mismatch);
    expect(() => compareMoney(money(1, 'CNY'), money(1, 'HKD'))).toThrow(mismatch);
  });

  it('refuses results beyond the safe integer range', () => {
    const max = cny(Number.MAX_SAFE_INTEGER);
    expect(() => addMoney(max, cny(1))).toThrow(expect.objectContaining({ code: 'amount_too_large' }));
    expect(() => subtractMoney(cny(Number.MIN_SAFE_INTEGER), cny(1))).toThrow(
      expect.objectContaining({ code: 'amount_too_large' }),
    );
  });

  it('compares and sorts', () => {
    expect(compareMoney(cny(1), cny(2))).toBe(-1);
    expect(compareMoney(cny(2), cny(2))).toBe(0);
    expect(compareMoney(cny(3), cny(2))).toBe(1);
    expect([cny(3), cny(-1), cny(2)].sort(compareMoney)).toEqual([cny(-1), cny(2), cny(3)]);
  });

  it('knows zero', () => {
    expect(isZeroMoney(cny(0))).toBe(true);
    expect(isZeroMoney(cny(1))).toBe(false);
    expect(isZeroMoney(cny(-1))).toBe(false);
  });

  it('subtract undoes add, and add is commutative', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SUPPORTED_CURRENCIES), safeAmount, safeAmount, (currency, a, b) => {
        const x = signedMoney(a, currency);
        const y = signedMoney(b, currency);
        expect(subtractMoney(addMoney(x, y), y)).toEqual(x);
        expect(addMoney(subtractMoney(x, y), y)).toEqual(x);
        expect(addMoney(x, y)).toEqual(addMoney(y, x));
      }),
    );
  });
});
