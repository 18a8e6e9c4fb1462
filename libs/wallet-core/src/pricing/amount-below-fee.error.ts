import { WalletErrorCode } from '@okpay/contracts';
import { DomainError, Money } from '@okpay/shared';

/**
 * The fee would be as large as the amount itself or larger (e.g. ¥0.10 sent domestically, where the
 * minimum fee is ¥0.10). Refused rather than quoted: nobody means to pay more in fees than they move.
 */
export class AmountBelowFeeError extends DomainError<WalletErrorCode> {
  constructor(amount: Money, fee: Money) {
    super('amount_below_fee', 'The amount must be larger than the fee for it.', { amount, fee });
  }
}
