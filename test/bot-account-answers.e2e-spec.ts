import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from './support/test-app';
import { registerCustomer, topUpByCard } from './support/wallet-fixtures';

const WEDNESDAY_10_00 = '2027-01-06T02:00:00Z'; // Asia/Shanghai; the demo data is seeded at this instant

describe('bot answers from the wallet', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp({ now: WEDNESDAY_10_00 });
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(WEDNESDAY_10_00));

  const login = async (email: string) =>
    (await t.http().post('/api/v1/auth/customers/login').send({ email, password: 'customer-demo-password' }).expect(200)).body.token as string;
  const ask = (text: string, token?: string, conversationId?: string) => {
    const request = t.http().post('/api/v1/bot/messages');
    if (token) request.auth(token, { type: 'bearer' });
    return request.send({ text, ...(conversationId ? { conversationId } : {}) }).expect(200);
  };

  describe('fees', () => {
    it.each([
      ['how much is the fee to send ¥1,000 abroad', 'en', ['CNY 10.00', 'CNY 1,010.00', 'mid rate less 0.5%']],
      ['转1000元到国外要多少手续费', 'zh-CN', ['¥10.00', '¥1,010.00']],
      ['what does a card top up of 200 yuan cost in fees', 'en', ['CNY 1.20', 'CNY 201.20']],
    ])('quotes "%s" from the fee schedule, to visitors too', async (text, _locale, expected) => {
      const response = await ask(text);
      expect(response.body.intent).toBe('fees');
      for (const part of expected) expect(response.body.reply.text).toContain(part);
    });

    it('tells a signed-in customer which fee they paid last, and the rule behind it', async () => {
      const customer = await registerCustomer(t, 'en');
      await topUpByCard(t, customer, 20000);
      const response = await ask('why was I charged a fee', customer.token);
      expect(response.body.intent).toBe('fees');
      expect(response.body.reply.text).toMatch(/The fee on the top-up of CNY 200\.00 .* was CNY 1\.20; the rule is 0\.6%/);
    });
  });

  describe('top-ups', () => {
    it('says when a pending bank transfer should arrive, and that it is late once it is', async () => {
      const token = await login('customer@okpay.test');
      const onTime = await ask('我充值的钱还没到账', token);
      expect(onTime.body.intent).toBe('topup_failed');
      expect(onTime.body.reply.text).toContain('¥500.00');
      expect(onTime.body.reply.text).toContain('预计 1月6日(周三)12:00(北京时间) 前自动入账');

      t.clock.advance(3 * 3600_000);
      const late = await ask('我充值的钱还没到账', await login('customer@okpay.test'));
      expect(late.body.reply.text).toContain('已超过通常的 2 小时到账时间');
    });
  });

  it('tells a customer the state of their identity verification', async () => {
    const response = await ask('is my identity verification approved yet', await login('lily@okpay.test'));
    expect(response.body.intent).toBe('identity_verification');
    expect(response.body.reply.text).toMatch(/Your verification tier is unverified\. Your request for the .* tier, submitted .*, is being reviewed\./);
  });

  it('shows a customer their balance and recent transactions', async () => {
    const customer = await registerCustomer(t, 'en');
    await topUpByCard(t, customer, 30000);
    const response = await ask('what is my balance', customer.token);
    expect(response.body.intent).toBe('balance_history');
    expect(response.body.reply.text).toContain('Your balance: CNY 300.00');
    expect(response.body.reply.text).toMatch(/Recent transactions:\n• top-up of CNY 300\.00 .*: succeeded/);
  });

  it('offers to cancel a pending transaction and cancels the one picked', async () => {
    const customer = await registerCustomer(t, 'en');
    const topUp = await t.http().post('/api/v1/wallet/topups').auth(customer.token, { type: 'bearer' })
      .send({ amount: { amount: 40000, currency: 'CNY' }, method: 'bank_transfer' }).expect(201);
    expect(topUp.body.status).toBe('pending');

    const offer = await ask('please cancel my pending transaction', customer.token);
    expect(offer.body.intent).toBe('cancel_transaction');
    expect(offer.body.reply.text).toMatch(/reply with the number to cancel one:\n1\. top-up of CNY 400\.00/);
    expect(offer.body.reply.quickReplies).toEqual([{ label: '1', text: '1' }]);

    const done = await ask('1', customer.token, offer.body.conversationId);
    expect(done.body.reply.text).toMatch(/^Cancelled: top-up of CNY 400\.00/);
    const [row] = await db.query(`SELECT status, failure_code FROM wallet_transactions WHERE id = $1`, [topUp.body.id]);
    expect(row).toEqual({ status: 'failed', failure_code: 'cancelled_by_customer' });
  });
});
