import { Money, signedMoney } from './money';
import { MoneyError } from './money.error';

// Sums and differences of two safe integers are computed exactly in doubles whenever the result is itself
// safe, and land outside the safe range otherwise, so the checked constructor catches every overflow.

export function addMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return signedMoney(a.amount + b.amount, a.currency);
}

/** `a − b`. May be negative: callers that need a non-negative result compare first. */
export function subtractMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return signedMoney(a.amount - b.amount, a.currency);
}

/** −1, 0 or 1 as `a` is less than, equal to or greater than `b`; usable as an `Array.sort` comparator. */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  assertSameCurrency(a, b);
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
}

export function isZeroMoney(value: Money): boolean {
  return value.amount === 0;
}

/** Mixing currencies is always a bug upstream: conversion must be explicit, at a named rate. */
export function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new MoneyError('currency_mismatch', `Cannot combine ${a.currency} with ${b.currency}.`, {
      currencies: [a.currency, b.currency],
    });
  }
}
