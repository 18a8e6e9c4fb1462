import { addMoney, compareMoney, Currency, Money, MoneyError, RoundingMode } from '@okpay/shared';
import { AmountBelowFeeError } from './amount-below-fee.error';
import { applyRate, ExchangeRate, exchangeRate } from './exchange-rates';
import { calculateFee } from './fee';
import { FEE_SCHEDULE, FeeRule } from './fee-schedule';

/** What an operation will cost and deliver. The fee is always charged on top of the amount. */
export interface Quote {
  /** In the currency of the amount. */
  readonly fee: Money;
  /** Amount + fee: what leaves the sender's wallet, or is charged to the card or bank account. */
  readonly totalDebited: Money;
  /** What the recipient gets, in their currency; for a top-up, what lands in the wallet. */
  readonly amountReceived: Money;
  /** The customer rate used for `amountReceived` (1, without markup, when no currency is exchanged). */
  readonly rate: ExchangeRate;
}

export interface TransferRequest {
  /** What the sender sends, in the currency debited from their wallet. */
  readonly amount: Money;
  readonly toCurrency: Currency;
  readonly crossBorder: boolean;
}

export type TopUpMethod = 'card' | 'bank_transfer';

export interface TopUpRequest {
  /** What should land in the wallet; top-ups are in the wallet's own currency. */
  readonly amount: Money;
  readonly method: TopUpMethod;
}

/** The recipient never receives a fraction we did not buy: converted amounts round down. */
const RECEIVED_ROUNDING: RoundingMode = 'floor';

/**
 * Domestic or cross-border fee on the sent amount; if the recipient's currency differs, the amount is
 * exchanged at the customer rate (mid minus the FX markup). Whether a transfer is cross-border is not
 * implied by the currencies: a CNY transfer can leave the mainland, a USD one can stay.
 */
export function quoteTransfer(request: TransferRequest): Quote {
  const rule = request.crossBorder ? FEE_SCHEDULE.crossBorderTransfer : FEE_SCHEDULE.domesticTransfer;
  const fee = feeBelowAmount(rule, request.amount);
  const rate = exchangeRate(request.amount.currency, request.toCurrency, FEE_SCHEDULE.fxMarkupBasisPoints);
  return {
    fee,
    totalDebited: addMoney(request.amount, fee),
    amountReceived: applyRate(request.amount, rate, RECEIVED_ROUNDING),
    rate,
  };
}

export function quoteTopUp(request: TopUpRequest): Quote {
  const rule = request.method === 'card' ? FEE_SCHEDULE.cardTopUp : FEE_SCHEDULE.bankTransferTopUp;
  const fee = feeBelowAmount(rule, request.amount);
  const currency = request.amount.currency;
  return {
    fee,
    totalDebited: addMoney(request.amount, fee),
    amountReceived: request.amount,
    rate: exchangeRate(currency, currency, 0),
  };
}

function feeBelowAmount(rule: FeeRule, amount: Money): Money {
  if (amount.amount <= 0) {
    throw new MoneyError('invalid_amount', 'Amount must be positive.', { amount });
  }
  const fee = calculateFee(rule, amount);
  if (compareMoney(fee, amount) >= 0) {
    throw new AmountBelowFeeError(amount, fee);
  }
  return fee;
}
