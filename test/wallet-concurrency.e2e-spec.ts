import { DataSource } from 'typeorm';
import { expectProblem } from './support/problem';
import { startTestApp, TestApp } from './support/test-app';
import { balanceOf, loginCustomer, merchantId, registerCustomer, topUpByCard } from './support/wallet-fixtures';

describe('wallet under concurrency', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ now: '2027-01-06T02:00:00Z' });
  });
  afterAll(() => t.close());

  it('lets exactly 100 of 200 concurrent 1.00 payments through a 100.00 balance, leaving 0.00', async () => {
    const c = await registerCustomer(t);
    await topUpByCard(t, c, 10_000);
    const merchant = await merchantId(t, c);

    const responses = await Promise.all(
      Array.from({ length: 200 }, () =>
        t.http().post('/api/v1/wallet/payments').auth(c.token, { type: 'bearer' }).send({ merchantId: merchant, amount: { amount: 100, currency: 'CNY' } }),
      ),
    );
    expect(responses.every((r) => r.status === 201)).toBe(true);
    const byOutcome = (status: string) => responses.filter((r) => r.body.status === status);
    expect(byOutcome('succeeded')).toHaveLength(100);
    expect(byOutcome('failed')).toHaveLength(100);
    expect(byOutcome('failed').every((r) => r.body.failureCode === 'insufficient_funds')).toBe(true);
    expect(await balanceOf(t, c)).toBe(0);

    const [{ entries }] = await t.app.get(DataSource).query(
      `SELECT coalesce(sum(e.amount), 0)::int AS entries FROM ledger_entries e JOIN accounts a ON a.id = e.account_id WHERE a.customer_id = $1`,
      [c.id],
    );
    expect(entries).toBe(0);
  });

  describe('Idempotency-Key', () => {
    it('answers a repeat with the first result and moves money once', async () => {
      const c = await registerCustomer(t);
      await topUpByCard(t, c, 10_000);
      const merchant = await merchantId(t, c);
      const send = () =>
        t.http().post('/api/v1/wallet/payments').auth(c.token, { type: 'bearer' }).set('Idempotency-Key', 'order-42')
          .send({ merchantId: merchant, amount: { amount: 2_500, currency: 'CNY' } }).expect(201);
      const first = await send();
      const again = await send();
      expect(again.body).toEqual(first.body);
      expect(await balanceOf(t, c)).toBe(7_500);
    });

    it('refuses the same key with a different body as 422, and moves nothing', async () => {
      const c = await registerCustomer(t);
      await topUpByCard(t, c, 10_000);
      const merchant = await merchantId(t, c);
      const send = (amount: number) =>
        t.http().post('/api/v1/wallet/payments').auth(c.token, { type: 'bearer' }).set('Idempotency-Key', 'order-43')
          .send({ merchantId: merchant, amount: { amount, currency: 'CNY' } });
      await send(1_000).expect(201);
      expectProblem(await send(2_000), 422, 'idempotency_key_reused');
      expect(await balanceOf(t, c)).toBe(9_000);
    });

    it('makes one transaction out of 10 concurrent repeats', async () => {
      const c = await registerCustomer(t);
      await topUpByCard(t, c, 10_000);
      const merchant = await merchantId(t, c);
      const responses = await Promise.all(
        Array.from({ length: 10 }, () =>
          t.http().post('/api/v1/wallet/payments').auth(c.token, { type: 'bearer' }).set('Idempotency-Key', 'double-click')
            .send({ merchantId: merchant, amount: { amount: 1_000, currency: 'CNY' } }),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
      expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
      const [{ n }] = await t.app.get(DataSource).query(
        `SELECT count(*)::int AS n FROM wallet_transactions WHERE customer_id = $1 AND type = 'payment'`,
        [c.id],
      );
      expect(n).toBe(1);
      expect(await balanceOf(t, c)).toBe(9_000);
    });

    it('keeps keys for 24 hours and scopes them per customer', async () => {
      const a = await registerCustomer(t);
      const b = await registerCustomer(t);
      await topUpByCard(t, a, 5_000);
      await topUpByCard(t, b, 5_000);
      const merchant = await merchantId(t, a);
      const pay = (token: string) =>
        t.http().post('/api/v1/wallet/payments').auth(token, { type: 'bearer' }).set('Idempotency-Key', 'shared-key')
          .send({ merchantId: merchant, amount: { amount: 1_000, currency: 'CNY' } }).expect(201);
      const first = await pay(a.token);
      // Another customer's identical key is theirs alone.
      expect((await pay(b.token)).body.id).not.toBe(first.body.id);

      t.clock.advance(23 * 3600_000);
      expect((await pay((await loginCustomer(t, a)).token)).body.id).toBe(first.body.id);
      t.clock.advance(2 * 3600_000);
      expect((await pay((await loginCustomer(t, a)).token)).body.id).not.toBe(first.body.id);
      expect(await balanceOf(t, await loginCustomer(t, a))).toBe(3_000);
      t.clock.set('2027-01-06T02:00:00Z');
    });

    it('refuses a malformed key with 400', async () => {
      const c = await registerCustomer(t);
      const response = await t.http().post('/api/v1/wallet/payments').auth(c.token, { type: 'bearer' }).set('Idempotency-Key', 'x'.repeat(300))
        .send({ merchantId: await merchantId(t, c), amount: { amount: 1_000, currency: 'CNY' } });
      expectProblem(response, 400, 'invalid_idempotency_key');
    });
  });
});
