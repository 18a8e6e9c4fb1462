import { ColumnOptions } from 'typeorm';

/**
 * Money columns are `bigint` in PostgreSQL and plain numbers here: every amount is checked to
 * stay within Number.MAX_SAFE_INTEGER minor units before it is stored, so the conversion is exact.
 */
export const bigintColumn: ColumnOptions = {
  transformer: {
    to: (value: number | null | undefined) => value,
    from: (value: string | null) => (value === null ? null : toSafeNumber(value)),
  },
};

export function toSafeNumber(value: string | number | bigint): number {
  const asNumber = Number(value);
  if (!Number.isSafeInteger(asNumber)) throw new Error(`amount ${value} is outside the safe integer range`);
  return asNumber;
}
