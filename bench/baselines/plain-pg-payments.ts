import { KYC_LIMITS, KYC_TIERS, LIMIT_CURRENCY_FRACTIONS } from '@okpay/wallet-core';
import { randomBytes, randomUUID } from 'node:crypto';
import { Pool } from 'pg';

const PAYMENT_LIMITS = JSON.stringify(
  Object.fromEntries(KYC_TIERS.map((tier) => [tier, { single: KYC_LIMITS[tier].payment.single.amount, daily: KYC_LIMITS[tier].payment.daily.amount }])),
);
const LIMIT_FRACTIONS = JSON.stringify(LIMIT_CURRENCY_FRACTIONS);
const DAY_MS = 24 * 3600_000;
/** Midnight in Asia/Shanghai (UTC+8, no daylight saving), where the daily limits reset. */
const startOfShanghaiDay = (now: Date) => new Date(Math.floor((now.getTime() + 8 * 3600_000) / DAY_MS) * DAY_MS - 8 * 3600_000);

/**
 * The bare baseline for a payment: the one statement the app's payment sends (`wallet_make_payment`,
 * which locks, checks, records and posts in one round trip), from a plain pg pool as a named prepared
 * statement with the same arguments, with no framework and no HTTP. Risk rules off and no
 * idempotency key, as in the app's run.
 */
export async function plainPayment(pool: Pool, customerId: string, merchantId: string, amount: number): Promise<'succeeded' | 'failed'> {
  const now = new Date();
  const { rows } = await pool.query<{ status: 'succeeded' | 'failed' }>({
    name: 'make-payment',
    text: 'SELECT * FROM wallet_make_payment($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)',
    values: [
      customerId, merchantId, amount, 'CNY', amount, PAYMENT_LIMITS, LIMIT_FRACTIONS, startOfShanghaiDay(now), false, null, 'CN',
      randomUUID(), `TX-${randomBytes(8).toString('hex').toUpperCase().slice(0, 13)}`, randomUUID(), now, null, null, null,
    ],
  });
  return rows[0].status;
}
