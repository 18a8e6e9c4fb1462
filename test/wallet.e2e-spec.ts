import { DataSource } from 'typeorm';
import { expectProblem } from './support/problem';
import { startTestApp, TestApp } from './support/test-app';
import { adminToken, agentToken, balanceOf, loginCustomer, merchantId, registerCustomer, TestCustomer, topUpByCard } from './support/wallet-fixtures';

// Wednesday 2027-01-06 10:00 in Shanghai.
const WEDNESDAY_MORNING = '2027-01-06T02:00:00Z';

describe('wallet', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ now: WEDNESDAY_MORNING });
  });
  afterAll(() => t.close());

  const as = (c: TestCustomer) => ({ type: 'bearer' as const, token: c.token });
  const pay = (c: TestCustomer, merchant: string, amount: number, headers: Record<string, string> = {}) =>
    t.http().post('/api/v1/wallet/payments').auth(c.token, { type: 'bearer' }).set(headers).send({ merchantId: merchant, amount: { amount, currency: 'CNY' } });

  describe('a new customer', () => {
    it('has an empty wallet per supported currency and sees the merchants', async () => {
      const c = await registerCustomer(t);
      const accounts = await t.http().get('/api/v1/wallet/accounts').auth(as(c).token, as(c)).expect(200);
      expect(accounts.body.map((a: { currency: string }) => a.currency).sort()).toEqual(['CNY', 'EUR', 'HKD', 'USD']);
      expect(accounts.body.every((a: { balance: { amount: number } }) => a.balance.amount === 0)).toBe(true);
      const merchants = await t.http().get('/api/v1/wallet/merchants').auth(c.token, { type: 'bearer' }).expect(200);
      expect(merchants.body.some((m: { status: string }) => m.status === 'active')).toBe(true);
    });

    it('may top up and pay at least 500.00 CNY a day at the lowest tier', async () => {
      const c = await registerCustomer(t);
      await topUpByCard(t, c, 50_000);
      const payment = await pay(c, await merchantId(t, c), 50_000).expect(201);
      expect(payment.body).toMatchObject({ status: 'succeeded', amount: { amount: 50_000, currency: 'CNY' } });
      expect(await balanceOf(t, c)).toBe(0);
    });
  });

  describe('card top-ups', () => {
    it('credits the amount and charges the card fee on top, storing only a masked card number', async () => {
      const c = await registerCustomer(t);
      const response = await t
        .http()
        .post('/api/v1/wallet/topups')
        .auth(c.token, { type: 'bearer' })
        .send({ amount: { amount: 10_000, currency: 'CNY' }, method: 'card', card: { number: '4111 1111 1111 1111', expiryMonth: 12, expiryYear: 2030 } })
        .expect(201);
      expect(response.body).toMatchObject({ status: 'succeeded', fee: { amount: 60, currency: 'CNY' }, cardMasked: '411111******1111' });
      expect(await balanceOf(t, c)).toBe(10_000);
      const stored = await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM wallet_transactions WHERE card_masked LIKE '4111111111%'`);
      expect(stored[0].n).toBe(0);
    });

    it.each([
      ['declined', { number: '4000000000000002', expiryMonth: 12, expiryYear: 2030 }, 'card_declined'],
      ['expired', { number: '4111111111111111', expiryMonth: 12, expiryYear: 2026 }, 'card_expired'],
    ])('records a %s card as failed and credits nothing', async (_, card, failureCode) => {
      const c = await registerCustomer(t);
      const response = await t
        .http()
        .post('/api/v1/wallet/topups')
        .auth(c.token, { type: 'bearer' })
        .send({ amount: { amount: 10_000, currency: 'CNY' }, method: 'card', card })
        .expect(201);
      expect(response.body).toMatchObject({ status: 'failed', failureCode });
      expect(await balanceOf(t, c)).toBe(0);
    });

    it('refuses a card top-up over the tier limit as limit_exceeded', async () => {
      const c = await registerCustomer(t);
      const response = await t
        .http()
        .post('/api/v1/wallet/topups')
        .auth(c.token, { type: 'bearer' })
        .send({ amount: { amount: 50_001, currency: 'CNY' }, method: 'card' })
        .expect(201);
      expect(response.body).toMatchObject({ status: 'failed', failureCode: 'limit_exceeded' });
    });
  });

  describe('bank-transfer top-ups', () => {
    it('stay pending with a durable settlement job, and an admin settlement credits the wallet once', async () => {
      const c = await registerCustomer(t);
      const created = await t
        .http()
        .post('/api/v1/wallet/topups')
        .auth(c.token, { type: 'bearer' })
        .send({ amount: { amount: 88_800, currency: 'CNY' }, method: 'bank_transfer' })
        .expect(201);
      expect(created.body).toMatchObject({ status: 'pending', fee: { amount: 0 } });
      expect(await balanceOf(t, c)).toBe(0);

      const [job] = await t.app.get(DataSource).query(`SELECT name, start_after FROM pgboss.job WHERE id = $1`, [created.body.id]);
      expect(job.name).toBe('wallet.settle-bank-transfer');
      expect(new Date(job.start_after).toISOString()).toBe('2027-01-06T04:00:00.000Z');

      const admin = await adminToken(t);
      const settle = () => t.http().post(`/api/v1/admin/topups/${created.body.id}/settle`).auth(admin, { type: 'bearer' }).send({ outcome: 'succeeded' });
      expect((await settle().expect(200)).body.status).toBe('succeeded');
      expectProblem(await settle(), 422, 'transaction_not_pending');
      expect(await balanceOf(t, c)).toBe(88_800);
    });

    it('can be cancelled by the customer while pending', async () => {
      const c = await registerCustomer(t);
      const created = await t
        .http()
        .post('/api/v1/wallet/topups')
        .auth(c.token, { type: 'bearer' })
        .send({ amount: { amount: 1_000, currency: 'CNY' }, method: 'bank_transfer' })
        .expect(201);
      const cancelled = await t.http().post(`/api/v1/wallet/transactions/${created.body.id}/cancel`).auth(c.token, { type: 'bearer' }).expect(200);
      expect(cancelled.body).toMatchObject({ status: 'failed', failureCode: 'cancelled_by_customer' });
      expectProblem(await t.http().post(`/api/v1/wallet/transactions/${created.body.id}/cancel`).auth(c.token, { type: 'bearer' }), 422, 'transaction_not_cancellable');
    });
  });

  describe('payments', () => {
    it('records each refusal with its reason and moves no money', async () => {
      const c = await registerCustomer(t);
      await topUpByCard(t, c, 30_000);
      t.clock.advance(1000);
      expect((await pay(c, await merchantId(t, c, 'unavailable'), 1_000).expect(201)).body).toMatchObject({ status: 'failed', failureCode: 'merchant_unavailable' });
      t.clock.advance(1000);
      expect((await pay(c, await merchantId(t, c), 50_001).expect(201)).body).toMatchObject({ status: 'failed', failureCode: 'limit_exceeded' });
      t.clock.advance(1000);
      expect((await pay(c, await merchantId(t, c), 40_000).expect(201)).body).toMatchObject({ status: 'failed', failureCode: 'insufficient_funds' });
      expect(await balanceOf(t, c)).toBe(30_000);

      const history = await t.http().get('/api/v1/wallet/transactions').auth(c.token, { type: 'bearer' }).expect(200);
      expect(history.body.items.map((i: { status: string; failureCode?: string }) => i.failureCode ?? i.status)).toEqual([
        'insufficient_funds',
        'limit_exceeded',
        'merchant_unavailable',
        'succeeded',
      ]);
      t.clock.set(WEDNESDAY_MORNING);
    });

    it('counts the daily limit across payments', async () => {
      const c = await registerCustomer(t);
      await topUpByCard(t, c, 50_000);
      await topUpByCard(t, c, 50_000);
      const merchant = await merchantId(t, c);
      expect((await pay(c, merchant, 50_000).expect(201)).body.status).toBe('succeeded');
      expect((await pay(c, merchant, 49_999).expect(201)).body.status).toBe('succeeded');
      // ¥999.99 paid today of ¥1,000.00: the next ¥0.02 does not fit, though ¥0.01 is still in the wallet.
      expect((await pay(c, merchant, 2).expect(201)).body).toMatchObject({ status: 'failed', failureCode: 'limit_exceeded' });
      t.clock.advance(24 * 3600_000);
      const tomorrow = await loginCustomer(t, c);
      await topUpByCard(t, tomorrow, 1_000);
      expect((await pay(tomorrow, merchant, 2).expect(201)).body.status).toBe('succeeded');
      t.clock.set(WEDNESDAY_MORNING);
    });

    it('counts a payment in another currency against the daily limit at the mid rate, rounded up', async () => {
      const c = await registerCustomer(t);
      await topUpByCard(t, c, 4_001, 'USD');
      await topUpByCard(t, c, 50_000);
      const merchant = await merchantId(t, c);
      const payUsd = await t.http().post('/api/v1/wallet/payments').auth(c.token, { type: 'bearer' }).send({ merchantId: merchant, amount: { amount: 4_001, currency: 'USD' } }).expect(201);
      expect(payUsd.body.status).toBe('succeeded');
      expect((await pay(c, merchant, 50_000).expect(201)).body.status).toBe('succeeded');
      // $40.01 counts as ¥288.08 (288.072 rounded up), so ¥211.92 is left of ¥1,000.00: limits are checked before funds.
      expect((await pay(c, merchant, 21_193).expect(201)).body).toMatchObject({ status: 'failed', failureCode: 'limit_exceeded' });
      expect((await pay(c, merchant, 21_192).expect(201)).body).toMatchObject({ status: 'failed', failureCode: 'insufficient_funds' });
    });

    it("shows each limit's use today: card top-ups and payments, not failed payments or bank top-ups", async () => {
      const c = await registerCustomer(t);
      await topUpByCard(t, c, 30_000);
      await t.http().post('/api/v1/wallet/topups').auth(c.token, { type: 'bearer' }).send({ amount: { amount: 70_000, currency: 'CNY' }, method: 'bank_transfer' }).expect(201);
      const merchant = await merchantId(t, c);
      expect((await pay(c, merchant, 12_000).expect(201)).body.status).toBe('succeeded');
      expect((await pay(c, merchant, 40_000).expect(201)).body.status).toBe('failed');
      const limits = await t.http().get('/api/v1/wallet/limits').auth(c.token, { type: 'bearer' }).expect(200);
      const used = Object.fromEntries(limits.body.limits.map((l: { kind: string; usedToday: { amount: number } }) => [l.kind, l.usedToday.amount]));
      expect(used).toEqual({ card_top_up: 30_000, payment: 12_000, transfer: 0 });
      for (const limit of limits.body.limits) expect(limit.remainingToday.amount).toBe(limit.daily.amount - limit.usedToday.amount);
    });

    it('holds a large payment from a new device to a new payee for risk review', async () => {
      const c = await registerCustomer(t);
      await t.app.get(DataSource).query(`UPDATE customers SET kyc_tier = 'full' WHERE id = $1`, [c.id]);
      await topUpByCard(t, c, 500_000);
      const response = await pay(c, await merchantId(t, c), 250_000, { 'x-device-id': 'brand-new-phone' }).expect(201);
      expect(response.body).toMatchObject({ status: 'failed', failureCode: 'risk_review' });
      expect(await balanceOf(t, c)).toBe(500_000);
    });

    it('refuses every payment from a frozen wallet as account_frozen', async () => {
      const c = await registerCustomer(t);
      await topUpByCard(t, c, 10_000);
      await t.app.get(DataSource).query(`UPDATE customers SET frozen_at = now(), frozen_reason = 'test' WHERE id = $1`, [c.id]);
      expect((await pay(c, await merchantId(t, c), 1_000).expect(201)).body).toMatchObject({ status: 'failed', failureCode: 'account_frozen' });
    });
  });

  describe('bad input', () => {
    it.each([
      ['a negative amount', { amount: -100, currency: 'CNY' }, 'amount.amount'],
      ['a zero amount', { amount: 0, currency: 'CNY' }, 'amount.amount'],
      ['a fractional amount', { amount: 10.5, currency: 'CNY' }, 'amount.amount'],
      ['a huge amount', { amount: 2 ** 60, currency: 'CNY' }, 'amount.amount'],
      ['an unknown currency', { amount: 100, currency: 'XYZ' }, 'amount.currency'],
      ['a lower-case currency', { amount: 100, currency: 'cny' }, 'amount.currency'],
      ['an amount given as a string', { amount: '100', currency: 'CNY' }, 'amount.amount'],
    ])('refuses %s with 400 naming the field, and moves nothing', async (_, amount, field) => {
      const c = await registerCustomer(t);
      await topUpByCard(t, c, 1_000);
      const response = await t
        .http()
        .post('/api/v1/wallet/payments')
        .auth(c.token, { type: 'bearer' })
        .send({ merchantId: await merchantId(t, c), amount });
      expectProblem(response, 400, 'validation_failed');
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await balanceOf(t, c)).toBe(1_000);
      const history = await t.http().get('/api/v1/wallet/transactions').auth(c.token, { type: 'bearer' }).expect(200);
      expect(history.body.items).toHaveLength(1);
    });

    it('answers an unknown merchant with 404 and records nothing', async () => {
      const c = await registerCustomer(t);
      expectProblem(await pay(c, '00000000-0000-4000-8000-000000000000', 100), 404, 'merchant_not_found');
      const history = await t.http().get('/api/v1/wallet/transactions').auth(c.token, { type: 'bearer' }).expect(200);
      expect(history.body.items).toHaveLength(0);
    });
  });

  describe('privacy', () => {
    it("answers 404 for another customer's transaction, on every route", async () => {
      const owner = await registerCustomer(t);
      const stranger = await registerCustomer(t);
      await topUpByCard(t, owner, 10_000);
      const paymentId = (await pay(owner, await merchantId(t, owner), 1_000).expect(201)).body.id;

      expectProblem(await t.http().get(`/api/v1/wallet/transactions/${paymentId}`).auth(stranger.token, { type: 'bearer' }), 404, 'transaction_not_found');
      expectProblem(await t.http().post(`/api/v1/wallet/transactions/${paymentId}/cancel`).auth(stranger.token, { type: 'bearer' }), 404, 'transaction_not_found');
      const refund = await t.http().post('/api/v1/wallet/refunds').auth(stranger.token, { type: 'bearer' }).send({ transactionId: paymentId, reason: 'mine now' });
      expectProblem(refund, 404, 'transaction_not_found');
      // Indistinguishable from an id that exists nowhere.
      expectProblem(await t.http().get('/api/v1/wallet/transactions/00000000-0000-4000-8000-000000000000').auth(stranger.token, { type: 'bearer' }), 404, 'transaction_not_found');
      expectProblem(await t.http().get('/api/v1/wallet/transactions/not-a-uuid').auth(stranger.token, { type: 'bearer' }), 404, 'not_found');
    });

    it('pages the history newest first with a cursor, and refuses a forged cursor', async () => {
      const c = await registerCustomer(t);
      for (let i = 0; i < 5; i++) {
        await topUpByCard(t, c, 100 + i);
        t.clock.advance(1000);
      }
      const first = await t.http().get('/api/v1/wallet/transactions?limit=2').auth(c.token, { type: 'bearer' }).expect(200);
      const second = await t.http().get(`/api/v1/wallet/transactions?limit=2&cursor=${first.body.nextCursor}`).auth(c.token, { type: 'bearer' }).expect(200);
      const third = await t.http().get(`/api/v1/wallet/transactions?limit=2&cursor=${second.body.nextCursor}`).auth(c.token, { type: 'bearer' }).expect(200);
      const amounts = [...first.body.items, ...second.body.items, ...third.body.items].map((i: { amount: { amount: number } }) => i.amount.amount);
      expect(amounts).toEqual([104, 103, 102, 101, 100]);
      expect(third.body.nextCursor).toBeNull();
      expectProblem(await t.http().get('/api/v1/wallet/transactions?cursor=bm9wZQ').auth(c.token, { type: 'bearer' }), 400, 'invalid_cursor');
      t.clock.set(WEDNESDAY_MORNING);
    });
  });

  describe('refunds', () => {
    it('promises a date five business days out on the support calendar, skipping the New Year holiday', async () => {
      t.clock.set('2026-12-31T02:00:00Z'); // Thursday 10:00 in Shanghai; 2027-01-01 is closed
      const c = await registerCustomer(t);
      await topUpByCard(t, c, 20_000);
      const paymentId = (await pay(c, await merchantId(t, c), 15_000).expect(201)).body.id;
      const refund = await t.http().post('/api/v1/wallet/refunds').auth(c.token, { type: 'bearer' }).send({ transactionId: paymentId, reason: 'never arrived' }).expect(201);
      expect(refund.body).toMatchObject({ status: 'requested', amount: { amount: 15_000, currency: 'CNY' } });
      // Jan 4, 5, 6, 7, 8 → Friday 2027-01-08 18:00 Shanghai.
      expect(refund.body.expectedBy).toBe('2027-01-08T10:00:00.000Z');
      t.clock.set(WEDNESDAY_MORNING);
    });

    it('never refunds more than was paid, and pays back on approval', async () => {
      const c = await registerCustomer(t);
      await topUpByCard(t, c, 20_000);
      const paymentId = (await pay(c, await merchantId(t, c), 10_000).expect(201)).body.id;
      const requestRefund = (body: object) => t.http().post('/api/v1/wallet/refunds').auth(c.token, { type: 'bearer' }).send({ transactionId: paymentId, reason: 'partly broken', ...body });

      const partial = await requestRefund({ amount: 6_000 }).expect(201);
      expectProblem(await requestRefund({ amount: 4_001 }), 422, 'refund_exceeds_payment');
      const rest = await requestRefund({}).expect(201);
      expect(rest.body.amount.amount).toBe(4_000);
      expectProblem(await requestRefund({}), 422, 'refund_exceeds_payment');

      const admin = await adminToken(t);
      const approved = await t.http().post(`/api/v1/admin/refunds/${partial.body.id}/review`).auth(admin, { type: 'bearer' }).send({ decision: 'approve' }).expect(200);
      expect(approved.body.status).toBe('completed');
      expect(await balanceOf(t, c)).toBe(10_000 + 6_000);
      const rejected = await t.http().post(`/api/v1/admin/refunds/${rest.body.id}/review`).auth(admin, { type: 'bearer' }).send({ decision: 'reject', reason: 'item used' }).expect(200);
      expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: 'item used' });
      // A rejected request frees its amount for a new one.
      expect((await requestRefund({}).expect(201)).body.amount.amount).toBe(4_000);
    });

    it('refuses to refund a failed payment or a top-up', async () => {
      const c = await registerCustomer(t);
      await topUpByCard(t, c, 1_000);
      const failedId = (await pay(c, await merchantId(t, c), 5_000).expect(201)).body.id;
      const refund = (transactionId: string) => t.http().post('/api/v1/wallet/refunds').auth(c.token, { type: 'bearer' }).send({ transactionId, reason: 'x' });
      expectProblem(await refund(failedId), 422, 'payment_not_succeeded');
      const history = await t.http().get('/api/v1/wallet/transactions').auth(c.token, { type: 'bearer' }).expect(200);
      const topUpId = history.body.items.find((i: { type: string }) => i.type === 'topup').id;
      expectProblem(await refund(topUpId), 422, 'not_a_payment');
    });
  });

  describe('transfers', () => {
    it('sends domestically at once with the fee, and across currencies through FX', async () => {
      const sender = await registerCustomer(t);
      const recipient = await registerCustomer(t);
      await topUpByCard(t, sender, 20_000);
      const send = (body: object) => t.http().post('/api/v1/wallet/transfers').auth(sender.token, { type: 'bearer' }).send({ recipientEmail: recipient.email, ...body });

      const domestic = await send({ amount: { amount: 10_000, currency: 'CNY' } }).expect(201);
      expect(domestic.body).toMatchObject({ status: 'succeeded', fee: { amount: 10 }, received: { amount: 10_000, currency: 'CNY' } });
      expect(await balanceOf(t, sender)).toBe(20_000 - 10_010);
      expect(await balanceOf(t, recipient)).toBe(10_000);

      const toDollars = await send({ amount: { amount: 7_200, currency: 'CNY' }, toCurrency: 'USD' }).expect(201);
      expect(toDollars.body.status).toBe('succeeded');
      // ¥72.00 at (1 / 7.20) × (1 − 0.5% markup) = 0.13819444 (rate rounded down to 8 places) → US$9.94, rounded down.
      expect(await balanceOf(t, recipient, 'USD')).toBe(994);
    });

    it('holds a cross-border transfer until its settlement job, and a cancel returns everything', async () => {
      const sender = await registerCustomer(t);
      const recipient = await registerCustomer(t);
      await t.app.get(DataSource).query(`UPDATE customers SET kyc_tier = 'basic' WHERE id = $1`, [sender.id]);
      await topUpByCard(t, sender, 200_000);
      const send = () =>
        t.http().post('/api/v1/wallet/transfers').auth(sender.token, { type: 'bearer' })
          .send({ recipientEmail: recipient.email, amount: { amount: 100_000, currency: 'CNY' }, crossBorder: true });

      const held = await send().expect(201);
      expect(held.body).toMatchObject({ status: 'pending', fee: { amount: 1_000 } });
      expect(await balanceOf(t, sender)).toBe(200_000 - 101_000);
      const [job] = await t.app.get(DataSource).query(`SELECT name, start_after FROM pgboss.job WHERE id = $1`, [held.body.id]);
      // Two business days after Wednesday: Friday 18:00 Shanghai.
      expect(job).toMatchObject({ name: 'wallet.settle-cross-border-transfer' });
      expect(new Date(job.start_after).toISOString()).toBe('2027-01-08T10:00:00.000Z');

      await t.http().post(`/api/v1/wallet/transactions/${held.body.id}/cancel`).auth(sender.token, { type: 'bearer' }).expect(200);
      expect(await balanceOf(t, sender)).toBe(200_000);

      const second = await send().expect(201);
      const { SettleCrossBorderTransferUseCase } = await import('@okpay/wallet-core');
      await t.app.get(SettleCrossBorderTransferUseCase).execute(second.body.id);
      await t.app.get(SettleCrossBorderTransferUseCase).execute(second.body.id); // a retried job changes nothing
      expect(await balanceOf(t, recipient)).toBe(100_000);
      const settled = await t.http().get(`/api/v1/wallet/transactions/${second.body.id}`).auth(sender.token, { type: 'bearer' }).expect(200);
      expect(settled.body.status).toBe('succeeded');
    });

    it('refuses a cross-border transfer from an unverified customer', async () => {
      const sender = await registerCustomer(t);
      const recipient = await registerCustomer(t);
      await topUpByCard(t, sender, 20_000);
      const response = await t.http().post('/api/v1/wallet/transfers').auth(sender.token, { type: 'bearer' })
        .send({ recipientEmail: recipient.email, amount: { amount: 10_000, currency: 'CNY' }, crossBorder: true }).expect(201);
      expect(response.body).toMatchObject({ status: 'failed', failureCode: 'verification_required' });
    });
  });

  describe('identity verification', () => {
    it('goes pending → approved and raises the limits', async () => {
      const c = await registerCustomer(t);
      const before = await t.http().get('/api/v1/wallet/limits').auth(c.token, { type: 'bearer' }).expect(200);
      expect(before.body.tier).toBe('unverified');
      const submission = await t.http().post('/api/v1/wallet/verification/submissions').auth(c.token, { type: 'bearer' }).send({ targetTier: 'basic', documentType: 'passport' }).expect(201);
      expectProblem(await t.http().post('/api/v1/wallet/verification/submissions').auth(c.token, { type: 'bearer' }).send({ targetTier: 'full', documentType: 'passport' }), 409, 'kyc_submission_pending');

      const agent = await agentToken(t);
      expectProblem(await t.http().post(`/api/v1/admin/kyc-submissions/${submission.body.id}/review`).auth(agent, { type: 'bearer' }).send({ decision: 'approve' }), 403, 'forbidden');
      const admin = await adminToken(t);
      expectProblem(await t.http().post(`/api/v1/admin/kyc-submissions/${submission.body.id}/review`).auth(admin, { type: 'bearer' }).send({ decision: 'reject' }), 400, 'validation_failed');
      await t.http().post(`/api/v1/admin/kyc-submissions/${submission.body.id}/review`).auth(admin, { type: 'bearer' }).send({ decision: 'approve' }).expect(200);

      const after = await t.http().get('/api/v1/wallet/limits').auth(c.token, { type: 'bearer' }).expect(200);
      expect(after.body.tier).toBe('basic');
      const payment = after.body.limits.find((l: { kind: string }) => l.kind === 'payment');
      expect(payment.single.amount).toBeGreaterThan(before.body.limits.find((l: { kind: string }) => l.kind === 'payment').single.amount);
    });
  });

  describe('quotes and service status', () => {
    it('quotes a cross-border transfer from the fee schedule', async () => {
      const quote = await t.http().get('/api/v1/wallet/quotes/transfer?amount=100000&currency=CNY&toCurrency=USD&crossBorder=true').expect(200);
      expect(quote.body).toMatchObject({ fee: { amount: 1_000, currency: 'CNY' }, totalDebited: { amount: 101_000 }, amountReceived: { currency: 'USD' } });
      expectProblem(await t.http().get('/api/v1/wallet/quotes/transfer?amount=-5&currency=CNY'), 400, 'validation_failed');
    });

    it('reports maintenance an admin announced', async () => {
      const admin = await adminToken(t);
      const window = { kind: 'maintenance', affects: ['topups'], titleEn: 'Bank top-ups paused', titleZh: '银行充值暂停', startsAt: '2027-01-06T01:00:00Z', endsAt: '2027-01-06T05:00:00Z' };
      await t.http().post('/api/v1/admin/service-incidents').auth(admin, { type: 'bearer' }).send(window).expect(201);
      expectProblem(await t.http().post('/api/v1/admin/service-incidents').auth(admin, { type: 'bearer' }).send({ ...window, endsAt: '2027-01-06T00:00:00Z' }), 400, 'validation_failed');
      const status = await t.http().get('/api/v1/service-status').expect(200);
      expect(status.body.active).toEqual([expect.objectContaining({ kind: 'maintenance', title: { en: 'Bank top-ups paused', 'zh-CN': '银行充值暂停' } })]);
    });
  });

  describe('back office', () => {
    it('shows agents the customer panel with masked cards, and lets only admins adjust, with an audit record', async () => {
      const c = await registerCustomer(t);
      await t.http().post('/api/v1/wallet/topups').auth(c.token, { type: 'bearer' })
        .send({ amount: { amount: 5_000, currency: 'CNY' }, method: 'card', card: { number: '5500 0000 0000 0004', expiryMonth: 1, expiryYear: 2031 } }).expect(201);
      const agent = await agentToken(t);
      const panel = await t.http().get(`/api/v1/admin/customers/${c.id}/wallet`).auth(agent, { type: 'bearer' }).expect(200);
      expect(panel.body.customer).toMatchObject({ kycTier: 'unverified', security: { frozen: false, twoFactorEnabled: false } });
      expect(panel.body.recentTransactions[0].cardMasked).toBe('550000******0004');
      expect(JSON.stringify(panel.body)).not.toContain('5500000000000004');
      expectProblem(await t.http().get(`/api/v1/admin/customers/${c.id}/wallet`).auth(c.token, { type: 'bearer' }), 403, 'forbidden');

      const adjust = (token: string, amount: number) =>
        t.http().post(`/api/v1/admin/customers/${c.id}/wallet/adjustments`).auth(token, { type: 'bearer' }).send({ amount, currency: 'CNY', reason: 'goodwill credit' });
      expectProblem(await adjust(agent, 500), 403, 'forbidden');
      const admin = await adminToken(t);
      await adjust(admin, 500).expect(201);
      expectProblem(await adjust(admin, -10_000), 422, 'adjustment_would_overdraw');
      expect(await balanceOf(t, c)).toBe(5_500);
      const audit = await t.app.get(DataSource).query(`SELECT action, details FROM wallet_audit_log WHERE customer_id = $1`, [c.id]);
      expect(audit).toEqual([{ action: 'adjustment', details: expect.objectContaining({ amount: 500, reason: 'goodwill credit' }) }]);
    });

    it('reconciles to a balanced ledger', async () => {
      const admin = await adminToken(t);
      const report = await t.http().get('/api/v1/admin/wallet/reconciliation').auth(admin, { type: 'bearer' }).expect(200);
      expect(report.body).toMatchObject({ balanced: true, unbalancedTransactions: [], walletMismatches: [] });
      expect(report.body.totalsByCurrency.length).toBeGreaterThan(0);
    });
  });
});
