import { Injectable } from '@nestjs/common';
import { preparedQuery, preparedQueryIn } from '@okpay/database';
import { Clock, Currency, Money } from '@okpay/shared';
import { DataSource, EntityManager } from 'typeorm';
import { CustomerEntity } from '../customers/customer.entity';
import { amountInLimitCurrency, KYC_LIMITS, LIMIT_KINDS, LimitKind, remainingDailyLimit } from '../pricing';
import { WalletTransactionRecord } from '../transactions/wallet-transaction.record';
import { WalletResourceNotFoundError } from '../wallet.errors';
import { limitCountedBy } from './limit-counted-by';
import { startOfWalletDay } from './wallet-day';

export interface DailyUsage {
  readonly kind: LimitKind;
  readonly single: Money;
  readonly daily: Money;
  readonly usedToday: Money;
  readonly remainingToday: Money;
}

/**
 * Single and daily limits of the customer's KYC tier (data in `pricing/limits.ts`) and what each day
 * used of them: a running total in `wallet_daily_usage` (migration 1780990000000) that the statement
 * recording a payment, transfer or card top-up adds to and checks, under the wallet's lock.
 */
@Injectable()
export class SpendingLimits {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Takes back a counted transaction's use when it is about to stop counting (a cancelled pending transfer). */
  async takeBackUse(manager: EntityManager, transaction: WalletTransactionRecord): Promise<void> {
    const kind = limitCountedBy(transaction);
    if (!kind) return;
    const taken = await preparedQueryIn(
      manager,
      'wallet.take-back-limit-use',
      `UPDATE wallet_daily_usage SET total = total - $5 WHERE customer_id = $1 AND kind = $2 AND day = $3 AND currency = $4 RETURNING total`,
      [transaction.customerId, kind, startOfWalletDay(transaction.createdAt), transaction.currency, transaction.amount],
    );
    if (taken.length !== 1) throw new Error(`transaction ${transaction.id} was never counted toward its daily limit`);
  }

  /** The customer's tier, its limits and what is left today, per kind: for the limits endpoint, the bot and agents. */
  async usageFor(customerId: string): Promise<{ tier: CustomerEntity['kycTier']; limits: DailyUsage[] }> {
    // The tier and today's totals by kind and currency in one prepared statement: the bot asks on every limits question.
    const rows = await preparedQuery<{ kyc_tier: CustomerEntity['kycTier']; kind: LimitKind | null; currency: Currency | null; total: string | null }>(
      this.dataSource,
      'wallet.limits-usage',
      `SELECT c.kyc_tier, u.kind, u.currency, sum(u.total)::text AS total
       FROM customers c
       LEFT JOIN wallet_daily_usage u ON u.customer_id = c.id AND u.day >= $2
       WHERE c.id = $1
       GROUP BY c.kyc_tier, u.kind, u.currency`,
      [customerId, startOfWalletDay(this.clock.now())],
    );
    if (rows.length === 0) throw new WalletResourceNotFoundError('customer');
    const tier = rows[0].kyc_tier;
    const limits = LIMIT_KINDS.map((kind): DailyUsage => {
      const totals = rows.filter((row) => row.kind === kind);
      const usedToday = cnyTotal(totals.map((row) => ({ currency: row.currency!, total: row.total! })));
      return { kind, ...KYC_LIMITS[tier][kind], usedToday, remainingToday: remainingDailyLimit(tier, kind, usedToday) };
    });
    return { tier, limits };
  }
}

/** Totals per currency as one amount in the limits' currency. */
function cnyTotal(rows: readonly { currency: Currency; total: string }[]): Money {
  const totalCny = rows.reduce((sum, row) => sum + amountInLimitCurrency({ amount: Number(row.total), currency: row.currency }).amount, 0);
  return { amount: totalCny, currency: 'CNY' };
}
