import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from './support/test-app';
import { balanceOf, merchantId, registerCustomer, TestCustomer, topUpByCard } from './support/wallet-fixtures';

/** Payments and transfers share one refusal path: the first reason, in the order support explains them. */
describe('refused payments and transfers', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ now: '2027-01-06T02:00:00Z' });
  });
  afterAll(() => t.close());

  const freeze = (c: TestCustomer) => t.app.get(DataSource).query(`UPDATE customers SET frozen_at = now(), frozen_reason = 'test' WHERE id = $1`, [c.id]);
  const pay = (c: TestCustomer, merchant: string, amount: number) =>
    t.http().post('/api/v1/wallet/payments').auth(c.token, { type: 'bearer' }).send({ merchantId: merchant, amount: { amount, currency: 'CNY' } }).expect(201);
  const transfer = (c: TestCustomer, to: TestCustomer, amount: number, crossBorder = false) =>
    t.http().post('/api/v1/wallet/transfers').auth(c.token, { type: 'bearer' }).send({ recipientEmail: to.email, amount: { amount, currency: 'CNY' }, crossBorder }).expect(201);

  it('refuses a transfer to a frozen recipient as recipient_unavailable, records it, and moves nothing', async () => {
    const sender = await registerCustomer(t);
    const recipient = await registerCustomer(t);
    await topUpByCard(t, sender, 20_000);
    await freeze(recipient);
    const refused = await transfer(sender, recipient, 5_000);
    expect(refused.body).toMatchObject({ status: 'failed', failureCode: 'recipient_unavailable' });
    const stored = await t.http().get(`/api/v1/wallet/transactions/${refused.body.id}`).auth(sender.token, { type: 'bearer' }).expect(200);
    expect(stored.body).toMatchObject({ status: 'failed', failureCode: 'recipient_unavailable' });
    expect([await balanceOf(t, sender), await balanceOf(t, recipient)]).toEqual([20_000, 0]);
  });

  it("names the sender's own account first, then the payee, then the funds", async () => {
    const frozenAndBroke = await registerCustomer(t);
    await freeze(frozenAndBroke);
    expect((await pay(frozenAndBroke, await merchantId(t, frozenAndBroke, 'unavailable'), 1_000)).body.failureCode).toBe('account_frozen');

    const broke = await registerCustomer(t);
    const frozenRecipient = await registerCustomer(t);
    await freeze(frozenRecipient);
    expect((await pay(broke, await merchantId(t, broke, 'unavailable'), 1_000)).body.failureCode).toBe('merchant_unavailable');
    expect((await transfer(broke, frozenRecipient, 1_000)).body.failureCode).toBe('recipient_unavailable');
    // An unverified sender abroad to a frozen recipient: the recipient is named before the verification.
    expect((await transfer(broke, frozenRecipient, 10_000, true)).body.failureCode).toBe('recipient_unavailable');
    expect((await transfer(broke, await registerCustomer(t), 10_000, true)).body.failureCode).toBe('verification_required');
  });

  it('refuses a payment and a transfer beyond the balance alike, as insufficient_funds, leaving both wallets as they were', async () => {
    const payer = await registerCustomer(t);
    const recipient = await registerCustomer(t);
    await topUpByCard(t, payer, 1_000);
    expect((await pay(payer, await merchantId(t, payer), 1_001)).body).toMatchObject({ status: 'failed', failureCode: 'insufficient_funds' });
    // A transfer's fee counts too: the amount alone would fit.
    expect((await transfer(payer, recipient, 1_000)).body).toMatchObject({ status: 'failed', failureCode: 'insufficient_funds' });
    expect([await balanceOf(t, payer), await balanceOf(t, recipient)]).toEqual([1_000, 0]);
  });
});
