import { randomBytes, randomUUID } from 'node:crypto';
import { Pool } from 'pg';

/**
 * The bare baseline for a payment: the statements the app's payment sends (merchant, the wallet
 * locked, the customer, today's use of the limit, the transaction row, the ledger posting with the
 * balance move in one statement), from a plain pg pool, in one transaction, with no framework and
 * no HTTP. Risk rules off and no idempotency key, as in the app's run.
 */
export async function plainPayment(pool: Pool, customerId: string, merchantId: string, amount: number): Promise<'succeeded' | 'failed'> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const [merchant] = (await client.query({ name: 'merchant', text: 'SELECT id, status, country, name FROM merchants WHERE id = $1', values: [merchantId] })).rows;
    const [wallet] = (
      await client.query({
        name: 'lock-wallet',
        text: `SELECT id, balance FROM accounts WHERE kind = 'customer' AND customer_id = $1 AND currency = 'CNY' FOR UPDATE`,
        values: [customerId],
      })
    ).rows;
    const [customer] = (await client.query({ name: 'customer', text: 'SELECT id, kyc_tier, frozen_at FROM customers WHERE id = $1', values: [customerId] })).rows;
    await client.query({
      name: 'used-today',
      text: `SELECT currency, sum(amount)::text AS total FROM wallet_transactions
             WHERE customer_id = $1 AND type = 'payment' AND status IN ('succeeded', 'pending') AND created_at >= date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai'
             GROUP BY currency`,
      values: [customerId],
    });
    const [merchantAccount] = (
      await client.query({ name: 'merchant-account', text: `SELECT id FROM accounts WHERE kind = 'merchant' AND merchant_id = $1 AND currency = 'CNY'`, values: [merchantId] })
    ).rows;
    const accepted = !customer.frozen_at && merchant.status === 'active' && Number(wallet.balance) >= amount && merchantAccount;
    const id = randomUUID();
    await client.query({
      name: 'insert-transaction',
      text: `INSERT INTO wallet_transactions (id, reference, customer_id, type, status, failure_code, amount, currency, fee, merchant_id, cross_border, description, created_at, updated_at, completed_at)
             VALUES ($1, $2, $3, 'payment', $4, $5, $6, 'CNY', 0, $7, $8, $9, now(), now(), now())`,
      values: [id, `TX-${randomBytes(8).toString('hex').toUpperCase().slice(0, 13)}`, customerId, accepted ? 'succeeded' : 'failed', accepted ? null : 'insufficient_funds', amount, merchantId, merchant.country !== 'CN', merchant.name],
    });
    if (accepted) {
      await client.query({
        name: 'post',
        text: `WITH entries AS (
                 INSERT INTO ledger_entries (transaction_id, account_id, amount, currency, created_at)
                 SELECT $1, leg.account_id, leg.amount, leg.currency, now()
                 FROM unnest($2::uuid[], $3::bigint[], $4::text[]) AS leg (account_id, amount, currency)
               ), moved AS (
                 UPDATE accounts SET balance = accounts.balance + delta.amount
                 FROM unnest($5::uuid[], $6::bigint[]) AS delta (account_id, amount)
                 WHERE accounts.id = delta.account_id AND accounts.kind = 'customer' AND accounts.balance + delta.amount >= 0
                 RETURNING accounts.id
               )
               SELECT count(*)::int AS moved FROM moved`,
        values: [id, [wallet.id, merchantAccount.id], [-amount, amount], ['CNY', 'CNY'], [wallet.id], [-amount]],
      });
    }
    await client.query('COMMIT');
    return accepted ? 'succeeded' : 'failed';
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
