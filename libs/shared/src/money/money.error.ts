import { SharedErrorCode } from '@okpay/contracts';
import { DomainError } from '../errors/domain-error';

export type MoneyErrorCode =
  | 'invalid_amount'
  | 'unsupported_currency'
  | 'currency_mismatch'
  | 'amount_too_large'
  | 'invalid_basis_points'
  | 'invalid_allocation';

/** A money value or operation was refused. The code is stable and part of the public API. */
export class MoneyError extends DomainError<SharedErrorCode> {
  constructor(
    override readonly code: MoneyErrorCode,
    message: string,
    extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(code, message, extensions);
  }
}
