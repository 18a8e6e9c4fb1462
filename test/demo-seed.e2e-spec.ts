import { DataSource } from 'typeorm';
import { DemoSeed } from '../apps/api/src/seed/demo-seed';
import { startTestApp, TestApp } from './support/test-app';

describe('demo seed', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const login = async (email: string) =>
    (await t.http().post('/api/v1/auth/customers/login').send({ email, password: 'customer-demo-password' }).expect(200)).body.token as string;

  it('gives the contract customer a succeeded top-up, a payment failed for funds, a pending bank transfer and a refund in progress', async () => {
    const token = await login('customer@okpay.test');
    const history = (await t.http().get('/api/v1/wallet/transactions').auth(token, { type: 'bearer' }).expect(200)).body.items as {
      type: string;
      status: string;
      method?: string;
      failureCode?: string;
    }[];
    expect(history).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'topup', status: 'succeeded' }),
        expect.objectContaining({ type: 'payment', status: 'failed', failureCode: 'insufficient_funds' }),
        expect.objectContaining({ type: 'topup', status: 'pending', method: 'bank_transfer' }),
      ]),
    );
    const refunds = (await t.http().get('/api/v1/wallet/refunds').auth(token, { type: 'bearer' }).expect(200)).body;
    expect(refunds).toEqual([expect.objectContaining({ status: 'requested', expectedBy: expect.any(String) })]);
    const accounts = (await t.http().get('/api/v1/wallet/accounts').auth(token, { type: 'bearer' }).expect(200)).body;
    expect(accounts.find((a: { currency: string }) => a.currency === 'CNY').balance).toEqual({ amount: 58_050, currency: 'CNY' });
  });

  it('covers the other failure reasons the bot explains, across the other demo customers', async () => {
    const codes: { failure_code: string }[] = await t.app.get(DataSource).query(
      `SELECT DISTINCT failure_code FROM wallet_transactions WHERE failure_code IS NOT NULL ORDER BY failure_code`,
    );
    expect(codes.map((c) => c.failure_code)).toEqual([
      'account_frozen',
      'card_declined',
      'insufficient_funds',
      'limit_exceeded',
      'merchant_unavailable',
      'risk_review',
    ]);
    const lily = await login('lily@okpay.test');
    const verification = (await t.http().get('/api/v1/wallet/verification').auth(lily, { type: 'bearer' }).expect(200)).body;
    expect(verification).toMatchObject({ tier: 'unverified', latestSubmission: { status: 'pending' } });
  });

  it('has active merchants and a balanced ledger, and seeds nothing a second time', async () => {
    const token = await login('customer@okpay.test');
    const merchants = (await t.http().get('/api/v1/wallet/merchants').auth(token, { type: 'bearer' }).expect(200)).body;
    expect(merchants.filter((m: { status: string }) => m.status === 'active').length).toBeGreaterThanOrEqual(1);
    expect(await t.app.get(DemoSeed).run()).toBe(false);
    const [{ n }] = await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM customers`);
    expect(n).toBe(4);
  });
});
