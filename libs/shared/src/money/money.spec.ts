import { DomainError } from '../errors/domain-error';
import { money, moneyFromBigInt, signedMoney } from './money';
import { MoneyError } from './money.error';

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof MoneyError ? error.code : 'not a MoneyError';
  }
  return undefined;
}

describe('money', () => {
  it('holds an integer of minor units and a currency', () => {
    expect(money(12050, 'CNY')).toEqual({ amount: 12050, currency: 'CNY' });
    expect(money(0, 'EUR')).toEqual({ amount: 0, currency: 'EUR' });
    expect(money(Number.MAX_SAFE_INTEGER, 'USD').amount).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each([
    ['a fraction of a minor unit', 120.5, 'invalid_amount'],
    ['NaN', Number.NaN, 'invalid_amount'],
    ['Infinity', Number.POSITIVE_INFINITY, 'invalid_amount'],
    ['a negative amount', -1, 'invalid_amount'],
    ['an integer beyond 2^53', Number.MAX_SAFE_INTEGER + 1, 'amount_too_large'],
    ['a huge float that happens to be an integer', 1e300, 'amount_too_large'],
  ])('refuses %s', (_label, amount, code) => {
    expect(codeOf(() => money(amount, 'CNY'))).toBe(code);
  });

  it('refuses a number smuggled in as a string', () => {
    expect(codeOf(() => money('100' as unknown as number, 'CNY'))).toBe('invalid_amount');
  });

  it.each(['JPY', 'cny', '', 'RMB'])('refuses the unsupported currency %p', (currency) => {
    expect(codeOf(() => money(100, currency))).toBe('unsupported_currency');
  });

  it('raises a DomainError with the stable code', () => {
    const error = (() => {
      try {
        money(-5, 'CNY');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'invalid_amount', name: 'MoneyError' });
  });
});

describe('signedMoney', () => {
  it('allows negative amounts but keeps every other check', () => {
    expect(signedMoney(-250, 'HKD')).toEqual({ amount: -250, currency: 'HKD' });
    expect(codeOf(() => signedMoney(-0.5, 'HKD'))).toBe('invalid_amount');
    expect(codeOf(() => signedMoney(Number.MIN_SAFE_INTEGER - 1, 'HKD'))).toBe('amount_too_large');
  });

  it('normalises -0 to 0', () => {
    expect(Object.is(signedMoney(-0, 'CNY').amount, 0)).toBe(true);
  });
});

describe('moneyFromBigInt', () => {
  it('accepts the safe range and refuses beyond it in both directions', () => {
    expect(moneyFromBigInt(BigInt(Number.MAX_SAFE_INTEGER), 'CNY').amount).toBe(Number.MAX_SAFE_INTEGER);
    expect(moneyFromBigInt(-7n, 'CNY').amount).toBe(-7);
    expect(codeOf(() => moneyFromBigInt(BigInt(Number.MAX_SAFE_INTEGER) + 1n, 'CNY'))).toBe('amount_too_large');
    expect(codeOf(() => moneyFromBigInt(BigInt(Number.MIN_SAFE_INTEGER) - 1n, 'CNY'))).toBe('amount_too_large');
  });
});
