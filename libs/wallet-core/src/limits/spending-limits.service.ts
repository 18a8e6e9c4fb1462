import { Injectable } from '@nestjs/common';
import { preparedQuery } from '@okpay/database';
import { Clock, Currency, Money } from '@okpay/shared';
import { DataSource, EntityManager } from 'typeorm';
import { CustomerEntity } from '../customers/customer.entity';
import { amountInLimitCurrency, KYC_LIMITS, LimitKind, remainingDailyLimit } from '../pricing';
import { TransactionType } from '../transactions/wallet-transaction.record';
import { WalletResourceNotFoundError } from '../wallet.errors';
import { startOfWalletDay } from './wallet-day';

/** Which transactions count against which limit. */
const COUNTED: Record<LimitKind, { type: TransactionType; method?: 'card' }> = {
  card_top_up: { type: 'topup', method: 'card' },
  payment: { type: 'payment' },
  transfer: { type: 'transfer' },
};

export interface DailyUsage {
  readonly kind: LimitKind;
  readonly single: Money;
  readonly daily: Money;
  readonly usedToday: Money;
  readonly remainingToday: Money;
}

/**
 * Single and daily limits of the customer's KYC tier (data in `pricing/limits.ts`). Callers hold
 * the customer's wallet lock, so concurrent attempts cannot both fit under the same daily limit.
 */
@Injectable()
export class SpendingLimits {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async wouldExceed(manager: EntityManager, customer: CustomerEntity, kind: LimitKind, amount: Money): Promise<boolean> {
    const limit = KYC_LIMITS[customer.kycTier][kind];
    const amountCny = amountInLimitCurrency(amount);
    if (amountCny.amount > limit.single.amount) return true;
    const used = await this.usedToday(manager, customer.id, kind);
    return amountCny.amount > remainingDailyLimit(customer.kycTier, kind, used).amount;
  }

  /** The customer's tier, its limits and what is left today, per kind: for the limits endpoint, the bot and agents. */
  async usageFor(customerId: string): Promise<{ tier: CustomerEntity['kycTier']; limits: DailyUsage[] }> {
    // The tier and today's totals by type, method and currency in one prepared statement: the bot asks on every limits question.
    const rows = await preparedQuery<{ kyc_tier: CustomerEntity['kycTier']; type: TransactionType | null; method: string | null; currency: Currency | null; total: string | null }>(
      this.dataSource,
      'wallet.limits-usage',
      `SELECT c.kyc_tier, t.type, t.method, t.currency, sum(t.amount)::text AS total
       FROM customers c
       LEFT JOIN wallet_transactions t ON t.customer_id = c.id AND t.status IN ('succeeded', 'pending') AND t.created_at >= $2
       WHERE c.id = $1
       GROUP BY c.kyc_tier, t.type, t.method, t.currency`,
      [customerId, startOfWalletDay(this.clock.now())],
    );
    if (rows.length === 0) throw new WalletResourceNotFoundError('customer');
    const tier = rows[0].kyc_tier;
    const limits = (Object.keys(COUNTED) as LimitKind[]).map((kind): DailyUsage => {
      const counted = COUNTED[kind];
      const totals = rows.filter((row) => row.type === counted.type && (counted.method === undefined || row.method === counted.method));
      const usedToday = cnyTotal(totals.map((row) => ({ currency: row.currency!, total: row.total! })));
      return { kind, ...KYC_LIMITS[tier][kind], usedToday, remainingToday: remainingDailyLimit(tier, kind, usedToday) };
    });
    return { tier, limits };
  }

  toCny(amount: Money): number {
    return amountInLimitCurrency(amount).amount;
  }

  /** Succeeded and pending amounts since the start of today (Asia/Shanghai), in CNY. */
  private async usedToday(manager: EntityManager, customerId: string, kind: LimitKind): Promise<Money> {
    const counted = COUNTED[kind];
    const rows: { currency: Currency; total: string }[] = await manager.query(
      `SELECT currency, sum(amount)::text AS total FROM wallet_transactions
       WHERE customer_id = $1 AND type = $2 AND ($3::text IS NULL OR method = $3)
         AND status IN ('succeeded', 'pending') AND created_at >= $4
       GROUP BY currency`,
      [customerId, counted.type, counted.method ?? null, startOfWalletDay(this.clock.now())],
    );
    return cnyTotal(rows);
  }
}

/** Totals per currency as one amount in the limits' currency. */
function cnyTotal(rows: readonly { currency: Currency; total: string }[]): Money {
  const totalCny = rows.reduce((sum, row) => sum + amountInLimitCurrency({ amount: Number(row.total), currency: row.currency }).amount, 0);
  return { amount: totalCny, currency: 'CNY' };
}
