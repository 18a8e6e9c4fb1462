import { Money, parseDecimal } from '@okpay/shared';

/**
 * One fee: a percentage of the amount, clamped to [minimum, maximum]. Bounds are CNY amounts; for an
 * amount in another currency they are converted at the mid rate (see `calculateFee`).
 */
export interface FeeRule {
  /** Percentage in basis points: 10 = 0.1%. */
  readonly basisPoints: number;
  /** Zero where there is no minimum. */
  readonly minimum: Money;
  /** `null` where the fee is uncapped. */
  readonly maximum: Money | null;
}

export interface FeeSchedule {
  /** Wallet to wallet (or to a mainland bank account) inside mainland China. */
  readonly domesticTransfer: FeeRule;
  /** To a recipient outside mainland China, whatever the currency. */
  readonly crossBorderTransfer: FeeRule;
  /** Charged by card networks to us; passed on at cost. */
  readonly cardTopUp: FeeRule;
  /** Bank transfers cost us nearly nothing, so we keep them free to steer customers to them. */
  readonly bankTransferTopUp: FeeRule;
  /** Taken off the mid rate whenever currencies are exchanged: 50 = the customer gets 0.5% less. */
  readonly fxMarkupBasisPoints: number;
}

const cny = (decimal: string): Money => parseDecimal(decimal, 'CNY');

/**
 * The fee schedule: the one place these numbers are written. Help-centre answers render from it.
 * - Domestic transfer: 0.1%, min ¥0.10, max ¥25.00 (0.1% reaches the cap at ¥25,000.00).
 * - Cross-border transfer: 1%, min ¥10.00, max ¥200.00.
 * - Card top-up: 0.6%, no minimum, no cap (card acquiring cost in China is ~0.6%).
 * - Bank-transfer top-up: free.
 * - FX markup: 0.5% off the mid rate.
 */
export const FEE_SCHEDULE: FeeSchedule = {
  domesticTransfer: { basisPoints: 10, minimum: cny('0.10'), maximum: cny('25.00') },
  crossBorderTransfer: { basisPoints: 100, minimum: cny('10.00'), maximum: cny('200.00') },
  cardTopUp: { basisPoints: 60, minimum: cny('0'), maximum: null },
  bankTransferTopUp: { basisPoints: 0, minimum: cny('0'), maximum: cny('0') },
  fxMarkupBasisPoints: 50,
};
