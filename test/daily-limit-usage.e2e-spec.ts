import { buildDataSourceOptions } from '@okpay/database';
import { SettleCrossBorderTransferUseCase } from '@okpay/wallet-core';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from './support/test-app';
import { adminToken, loginCustomer, merchantId, registerCustomer, TestCustomer, topUpByCard } from './support/wallet-fixtures';

// Wednesday 2027-01-06 10:00 in Shanghai.
const WEDNESDAY_MORNING = '2027-01-06T02:00:00Z';
// The last second of that Wednesday in Shanghai, and the first of Thursday.
const WEDNESDAY_LAST_SECOND = '2027-01-06T15:59:59Z';
const THURSDAY_MIDNIGHT = '2027-01-06T16:00:00Z';

/**
 * What the daily limits counted before the running totals: every succeeded or pending payment,
 * transfer and card top-up, added up per customer, kind, day (midnight in Shanghai) and currency.
 */
const TOTALS_FROM_TRANSACTIONS = `
  SELECT customer_id, CASE type WHEN 'topup' THEN 'card_top_up' ELSE type END AS kind,
         date_trunc('day', created_at, 'Asia/Shanghai') AS day, currency, sum(amount)::text AS total
  FROM wallet_transactions
  WHERE status IN ('succeeded', 'pending') AND (type IN ('payment', 'transfer') OR (type = 'topup' AND method = 'card'))
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`;
const RUNNING_TOTALS = `
  SELECT customer_id, kind, day, currency, total::text AS total FROM wallet_daily_usage WHERE total <> 0 ORDER BY 1, 2, 3, 4`;

describe('daily limit usage', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp({ now: WEDNESDAY_MORNING });
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  const http = (c: TestCustomer) => ({
    pay: (merchant: string, amount: number, currency = 'CNY', headers: Record<string, string> = {}) =>
      t.http().post('/api/v1/wallet/payments').auth(c.token, { type: 'bearer' }).set(headers).send({ merchantId: merchant, amount: { amount, currency } }).expect(201),
    transfer: (to: TestCustomer, body: object) =>
      t.http().post('/api/v1/wallet/transfers').auth(c.token, { type: 'bearer' }).send({ recipientEmail: to.email, ...body }).expect(201),
    topUp: (body: object) => t.http().post('/api/v1/wallet/topups').auth(c.token, { type: 'bearer' }).send(body).expect(201),
    cancel: (id: string) => t.http().post(`/api/v1/wallet/transactions/${id}/cancel`).auth(c.token, { type: 'bearer' }).expect(200),
    usedToday: async () => {
      const limits = await t.http().get('/api/v1/wallet/limits').auth(c.token, { type: 'bearer' }).expect(200);
      return Object.fromEntries(limits.body.limits.map((l: { kind: string; usedToday: { amount: number } }) => [l.kind, l.usedToday.amount]));
    },
  });

  it('stays equal to the sum of the counted transactions through every kind of movement, refund and cancel', async () => {
    const sender = await registerCustomer(t);
    const recipient = await registerCustomer(t);
    await db.query(`UPDATE customers SET kyc_tier = 'basic' WHERE id = $1`, [sender.id]);
    const as = http(sender);
    const merchant = await merchantId(t, sender);
    await topUpByCard(t, sender, 400_000);
    await topUpByCard(t, sender, 5_000, 'USD');
    await as.topUp({ amount: { amount: 1_000, currency: 'CNY' }, method: 'card', card: { number: '4000000000000002', expiryMonth: 12, expiryYear: 2030 } });
    const bank = await as.topUp({ amount: { amount: 1_000, currency: 'CNY' }, method: 'bank_transfer' });
    await as.cancel(bank.body.id);

    const paid = await as.pay(merchant, 10_000, 'CNY', { 'Idempotency-Key': 'groceries-1' });
    await as.pay(merchant, 10_000, 'CNY', { 'Idempotency-Key': 'groceries-1' });
    await as.pay(merchant, 1_234, 'USD');
    expect((await as.pay(await merchantId(t, sender, 'unavailable'), 500)).body.failureCode).toBe('merchant_unavailable');
    expect((await as.pay(merchant, 600_000)).body.failureCode).toBe('limit_exceeded');

    await as.transfer(recipient, { amount: { amount: 5_000, currency: 'CNY' } });
    await as.transfer(recipient, { amount: { amount: 7_200, currency: 'CNY' }, toCurrency: 'USD' });
    const cancelled = await as.transfer(recipient, { amount: { amount: 20_000, currency: 'CNY' }, crossBorder: true });
    expect(cancelled.body.status).toBe('pending');
    await as.cancel(cancelled.body.id);
    const settled = await as.transfer(recipient, { amount: { amount: 30_000, currency: 'CNY' }, crossBorder: true });
    await t.app.get(SettleCrossBorderTransferUseCase).execute(settled.body.id);
    await as.transfer(recipient, { amount: { amount: 40_000, currency: 'CNY' }, crossBorder: true });

    const admin = await adminToken(t);
    const refund = await t.http().post('/api/v1/wallet/refunds').auth(sender.token, { type: 'bearer' }).send({ transactionId: paid.body.id, reason: 'wrong size' }).expect(201);
    await t.http().post(`/api/v1/admin/refunds/${refund.body.id}/review`).auth(admin, { type: 'bearer' }).send({ decision: 'approve' }).expect(200);

    // $12.34 counts as ¥88.85 (88.848 rounded up); transfers: 50.00 + 72.00 + 300.00 + 400.00, the cancelled 200.00 not.
    expect(await as.usedToday()).toEqual({ card_top_up: 400_000 + 36_000, payment: 10_000 + 8_885, transfer: 5_000 + 7_200 + 30_000 + 40_000 });
    t.clock.advance(24 * 3600_000);
    const tomorrow = http(await loginCustomer(t, sender));
    await tomorrow.pay(merchant, 2_000);
    expect(await tomorrow.usedToday()).toEqual({ card_top_up: 0, payment: 2_000, transfer: 0 });
    t.clock.set(WEDNESDAY_MORNING);

    expect(await db.query(RUNNING_TOTALS)).toEqual(await db.query(TOTALS_FROM_TRANSACTIONS));
  });

  it('starts a new day at midnight in Shanghai', async () => {
    t.clock.set(WEDNESDAY_LAST_SECOND);
    const c = await registerCustomer(t);
    const merchant = await merchantId(t, c);
    await topUpByCard(t, c, 50_000);
    await topUpByCard(t, c, 50_000);
    const tonight = http(c);
    expect((await tonight.pay(merchant, 50_000)).body.status).toBe('succeeded');
    expect((await tonight.pay(merchant, 50_000)).body.status).toBe('succeeded');
    expect((await tonight.topUp({ amount: { amount: 1_000, currency: 'CNY' }, method: 'card' })).body.failureCode).toBe('limit_exceeded');
    expect((await tonight.pay(merchant, 1)).body).toMatchObject({ status: 'failed', failureCode: 'limit_exceeded' });

    t.clock.set(THURSDAY_MIDNIGHT);
    const morning = http(await loginCustomer(t, c));
    expect(await morning.usedToday()).toEqual({ card_top_up: 0, payment: 0, transfer: 0 });
    await topUpByCard(t, c, 1_000);
    expect((await morning.pay(merchant, 1_000)).body.status).toBe('succeeded');
    expect(await morning.usedToday()).toEqual({ card_top_up: 1_000, payment: 1_000, transfer: 0 });

    const days: { day: Date; kind: string; total: string }[] = await db.query(
      `SELECT day, kind, total::text AS total FROM wallet_daily_usage WHERE customer_id = $1 ORDER BY day, kind`,
      [c.id],
    );
    expect(days.map((d) => [d.day.toISOString(), d.kind, d.total])).toEqual([
      ['2027-01-05T16:00:00.000Z', 'card_top_up', '100000'],
      ['2027-01-05T16:00:00.000Z', 'payment', '100000'],
      ['2027-01-06T16:00:00.000Z', 'card_top_up', '1000'],
      ['2027-01-06T16:00:00.000Z', 'payment', '1000'],
    ]);
    t.clock.set(WEDNESDAY_MORNING);
  });

  // Last: it takes the schema back and forward under the running app.
  it('is backfilled by its migration from the transactions already recorded', async () => {
    const migrations = new DataSource(buildDataSourceOptions({ url: t.databaseUrl }));
    await migrations.initialize();
    try {
      const applied = async () => (await migrations.query(`SELECT 1 FROM schema_migrations WHERE name = 'DailyLimitUsage1780990000000'`)).length > 0;
      while (await applied()) await migrations.undoLastMigration();
      expect(await db.query(`SELECT to_regclass('wallet_daily_usage') AS usage`)).toEqual([{ usage: null }]);
      await migrations.runMigrations();
    } finally {
      await migrations.destroy();
    }
    const totals = await db.query(TOTALS_FROM_TRANSACTIONS);
    expect(totals.length).toBeGreaterThan(10);
    expect(await db.query(RUNNING_TOTALS)).toEqual(totals);
  });
});
