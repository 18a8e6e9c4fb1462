import { DataSource } from 'typeorm';
import { expectProblem } from './support/problem';
import { startTestApp, TestApp } from './support/test-app';
import { balanceOf, registerCustomer, TestCustomer, topUpByCard } from './support/wallet-fixtures';

/** Transfers and top-ups run as one statement each: their refusals come back as the wallet's error codes, and they roll back whole. */
describe('transfers and top-ups as one statement', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp({ now: '2027-01-06T02:00:00Z' });
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  const transfer = (from: TestCustomer, body: object, headers: Record<string, string> = {}) =>
    t.http().post('/api/v1/wallet/transfers').auth(from.token, { type: 'bearer' }).set(headers).send({ amount: { amount: 1_000, currency: 'CNY' }, ...body });
  const topUp = (c: TestCustomer, amount: number, headers: Record<string, string> = {}) =>
    t.http().post('/api/v1/wallet/topups').auth(c.token, { type: 'bearer' }).set(headers).send({ amount: { amount, currency: 'CNY' }, method: 'card' });
  const rowsOf = async (c: TestCustomer) => {
    const [counts] = await db.query(
      `SELECT (SELECT count(*)::int FROM wallet_transactions WHERE customer_id = $1) AS transactions,
              (SELECT count(*)::int FROM idempotency_keys WHERE customer_id = $1) AS keys`,
      [c.id],
    );
    return counts;
  };

  it('refuses an unknown recipient and the sender themself, leaving no row and no claimed key behind', async () => {
    const sender = await registerCustomer(t);
    await topUpByCard(t, sender, 5_000);
    const before = await rowsOf(sender);
    expectProblem(await transfer(sender, { recipientEmail: 'nobody@example.com' }, { 'Idempotency-Key': 'to-nobody' }), 404, 'recipient_not_found');
    expectProblem(await transfer(sender, { recipientEmail: sender.email.toUpperCase() }, { 'Idempotency-Key': 'to-myself' }), 422, 'self_transfer');
    expect(await rowsOf(sender)).toEqual(before);
    expect(await balanceOf(t, sender)).toBe(5_000);
  });

  it('answers a repeated key with the first transfer or top-up, and refuses it with another body', async () => {
    const sender = await registerCustomer(t);
    const recipient = await registerCustomer(t);
    const first = await topUp(sender, 5_000, { 'Idempotency-Key': 'top-up-1' }).expect(201);
    expect((await topUp(sender, 5_000, { 'Idempotency-Key': 'top-up-1' }).expect(201)).body).toEqual(first.body);
    expectProblem(await topUp(sender, 6_000, { 'Idempotency-Key': 'top-up-1' }), 422, 'idempotency_key_reused');

    const sent = await transfer(sender, { recipientEmail: recipient.email }, { 'Idempotency-Key': 'rent' }).expect(201);
    expect((await transfer(sender, { recipientEmail: recipient.email }, { 'Idempotency-Key': 'rent' }).expect(201)).body).toEqual(sent.body);
    expectProblem(await transfer(sender, { recipientEmail: recipient.email, amount: { amount: 999, currency: 'CNY' } }, { 'Idempotency-Key': 'rent' }), 422, 'idempotency_key_reused');
    expect(await balanceOf(t, sender)).toBe(5_000 - 1_000 - sent.body.fee.amount);
    expect(await balanceOf(t, recipient)).toBe(1_000);
  });
});
