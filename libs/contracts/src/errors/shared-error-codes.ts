/** Codes raised by @okpay/shared: input checks, money, cursors and the database's refusals. */
export const SHARED_ERROR_CODES = [
  'validation_failed',
  'invalid_cursor',
  'invalid_characters',
  'json_too_deep',
  'invalid_amount',
  'unsupported_currency',
  'currency_mismatch',
  'amount_too_large',
  'invalid_basis_points',
  'invalid_allocation',
  'unknown_reference',
  'invalid_value',
  'value_out_of_range',
  'unavailable',
] as const;

export type SharedErrorCode = (typeof SHARED_ERROR_CODES)[number];
