import { AgentDirectory } from '@okpay/auth';
import { AgentPresenceService } from '@okpay/routing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { expectProblem } from './support/problem';
import { startTestApp, TestApp } from './support/test-app';
import { agentLogin, merchantId, registerCustomer, topUpByCard } from './support/wallet-fixtures';

const WEDNESDAY_10_00 = '2027-01-06T02:00:00Z'; // Asia/Shanghai, support open
const FRIDAY_19_00 = '2027-01-08T11:00:00Z'; // closed until Monday 09:00

describe('bot', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp({ now: WEDNESDAY_10_00 });
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    t.clock.set(WEDNESDAY_10_00);
    await db.query(`DELETE FROM chat_queue_entries`);
    await db.query(`UPDATE agent_routing_profiles SET presence = 'offline', active_chats = 0`);
  });

  const demoCustomerToken = async () =>
    (await t.http().post('/api/v1/auth/customers/login').send({ email: 'customer@okpay.test', password: 'customer-demo-password' }).expect(200)).body.token as string;
  const ask = (text: string, token?: string, extra: Record<string, unknown> = {}) => {
    const request = t.http().post('/api/v1/bot/messages');
    if (token) request.auth(token, { type: 'bearer' });
    return request.send({ text, ...extra });
  };

  describe('answers from the customer’s own account', () => {
    it.each([
      ['我的付款为什么失败了', '¥1,500.00', '余额不足'],
      ['why did my payment fail', 'CNY 1,500.00', 'balance was lower'],
    ])('%s → the amount and reason of their failed payment', async (text, amount, reason) => {
      const response = await ask(text, await demoCustomerToken()).expect(200);
      expect(response.body).toMatchObject({ intent: 'payment_failed', reply: { articleId: 'payment-failed' }, handoff: null });
      expect(response.body.confidence).toBeGreaterThan(0.5);
      expect(response.body.reply.text).toContain(amount);
      expect(response.body.reply.text).toContain(reason);
    });

    it('tells a visitor why payments fail in general, and nothing about any account', async () => {
      for (const [text, general] of [
        ['我的付款为什么失败了', '余额'],
        ['why did my payment fail', 'balance'],
      ]) {
        const response = await ask(text).expect(200);
        expect(response.body).toMatchObject({ intent: 'payment_failed', reply: { articleId: 'payment-failed' } });
        expect(response.body.reply.text).not.toMatch(/1,500|TX-[0-9A-Z]{4}|580\.50/);
        expect(response.body.reply.text).toContain(general);
        expect(response.body.reply.text).toMatch(/登录|sign in/);
      }
    });

    it('quotes a customer their tier’s limits and what is left today', async () => {
      const customer = await registerCustomer(t, 'en');
      await topUpByCard(t, customer, 20000);
      const response = await ask('what are my limits', customer.token).expect(200);
      expect(response.body.intent).toBe('transaction_limits');
      expect(response.body.reply.text).toContain('unverified');
      // ¥1,000 a day of card top-ups, ¥200 used.
      expect(response.body.reply.text).toContain('CNY 800.00 left today');
    });
  });

  it('takes a refund request through the conversation', async () => {
    const customer = await registerCustomer(t, 'en');
    await topUpByCard(t, customer, 50000);
    const merchant = await merchantId(t, customer);
    await t.http().post('/api/v1/wallet/payments').auth(customer.token, { type: 'bearer' }).set('Idempotency-Key', randomUUID())
      .send({ merchantId: merchant, amount: { amount: 8990, currency: 'CNY' } }).expect(201);

    const offer = await ask('I want a refund', customer.token).expect(200);
    expect(offer.body.intent).toBe('refund');
    expect(offer.body.reply.text).toContain('CNY 89.90');
    expect(offer.body.reply.quickReplies).toEqual([{ label: '1', text: '1' }]);

    const done = await ask('1', customer.token, { conversationId: offer.body.conversationId }).expect(200);
    expect(done.body.reply.text).toMatch(/requested a refund of CNY 89\.90.*Expect it by/s);
    const refunds = (await t.http().get('/api/v1/wallet/refunds').auth(customer.token, { type: 'bearer' }).expect(200)).body;
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ status: 'requested', amount: { amount: 8990, currency: 'CNY' } });
  });

  describe('handoff', () => {
    const onlineAgent = async () => {
      const email = `a-${randomUUID().slice(0, 8)}@okpay.test`;
      const agent = await t.app.get(AgentDirectory).create({ email, name: 'Agent', role: 'agent', password: 'agent-test-password' });
      await t.app.get(AgentPresenceService).changeProfile(agent.id, { chatCapacity: 2, languages: ['zh-CN', 'en'] });
      const token = await agentLogin(t, email, 'agent-test-password');
      await t.http().put('/api/v1/agents/me/presence').auth(token, { type: 'bearer' }).send({ presence: 'online' }).expect(200);
    };

    it('puts the conversation in the chat queue when support is open', async () => {
      await onlineAgent();
      const response = await ask('转人工').expect(200);
      expect(response.body).toMatchObject({ intent: 'human_agent', handoff: { reason: 'requested', target: 'chat_queue' } });
      const [entry] = await db.query(`SELECT conversation_id, status FROM chat_queue_entries`);
      expect(entry.conversation_id).toBe(response.body.conversationId);
    });

    it('opens a ticket and offers a callback with the next opening when closed', async () => {
      await onlineAgent();
      t.clock.set(FRIDAY_19_00);
      const response = await ask('I want to talk to a real person').expect(200);
      expect(response.body.handoff).toMatchObject({ reason: 'requested', target: 'ticket', nextOpening: '2027-01-11T01:00:00.000Z' });
      expect(response.body.reply.text).toMatch(/we open again Mon 11 Jan, 09:00 \(Beijing time\)/);
      expect(response.body.reply.text).toMatch(/phone number/);
      const [ticket] = await db.query(`SELECT channel, priority FROM tickets WHERE id = $1`, [response.body.handoff.ticketId]);
      expect(ticket).toEqual({ channel: 'bot', priority: 'normal' });
      expect(await db.query(`SELECT 1 FROM chat_queue_entries`)).toHaveLength(0);

      // The customer answers the callback offer with a number: the callback is booked for the opening.
      const callback = await ask('+86 138 0013 8000', undefined, { conversationId: response.body.conversationId }).expect(200);
      expect(callback.body.reply.text).toContain('Callback booked');
      const [booked] = await db.query(`SELECT phone, scheduled_for FROM callback_requests`);
      expect(booked.phone).toBe('+8613800138000');
      expect(new Date(booked.scheduled_for).toISOString()).toBe('2027-01-11T01:00:00.000Z');
    });

    it('gives the ticket the conversation so far, oldest first, when it hands over a few turns in', async () => {
      t.clock.set(FRIDAY_19_00);
      const first = await ask('how much is the fee for sending money abroad').expect(200);
      const conversationId = first.body.conversationId;
      const second = await ask('and how long does it take', undefined, { conversationId }).expect(200);
      const handoff = await ask('I want to talk to a real person', undefined, { conversationId }).expect(200);
      expect(handoff.body.handoff).toMatchObject({ target: 'ticket' });
      const [message] = await db.query(`SELECT body FROM ticket_messages WHERE ticket_id = $1`, [handoff.body.handoff.ticketId]);
      expect(message.body).toBe(
        [
          'customer: how much is the fee for sending money abroad',
          `bot: ${first.body.reply.text}`,
          'customer: and how long does it take',
          `bot: ${second.body.reply.text}`,
          'customer: I want to talk to a real person',
        ].join('\n'),
      );
    });

    it('escalates a hacked account at once, with an urgent ticket', async () => {
      const response = await ask('someone hacked my account and made a payment that was not me').expect(200);
      expect(response.body.handoff).toMatchObject({ reason: 'security_incident' });
      const [ticket] = await db.query(`SELECT priority FROM tickets WHERE id = $1`, [response.body.handoff.ticketId]);
      expect(ticket.priority).toBe('urgent');
    });

    it('hands over after two messages it cannot help with, and says honestly it cannot help', async () => {
      const first = await ask('what is the capital of Australia').expect(200);
      expect(first.body).toMatchObject({ intent: 'out_of_scope', handoff: null, reply: { articleId: 'out-of-scope' } });
      expect(first.body.reply.quickReplies.map((q: { text: string }) => q.text)).toContain('I want to talk to a human agent');
      const second = await ask('recommend a good pizza recipe', undefined, { conversationId: first.body.conversationId }).expect(200);
      expect(second.body.handoff).toMatchObject({ reason: 'low_confidence' });
    });
  });

  describe('conversations', () => {
    it('keeps a customer’s conversation theirs alone', async () => {
      const owner = await registerCustomer(t, 'en');
      const other = await registerCustomer(t, 'en');
      const started = await ask('hello', owner.token).expect(200);
      expectProblem(await ask('hello again', other.token, { conversationId: started.body.conversationId }), 404, 'conversation_not_found');
      expectProblem(await ask('hello again', undefined, { conversationId: started.body.conversationId }), 404, 'conversation_not_found');
      expectProblem(await ask('hi', undefined, { conversationId: randomUUID() }), 404, 'conversation_not_found');
    });

    it('refuses bad input with problem details and stores nothing', async () => {
      const before = await db.query(`SELECT count(*)::int AS n FROM bot_turns`);
      expectProblem(await ask(''), 400, 'validation_failed');
      expectProblem(await ask('x'.repeat(2001)), 400, 'validation_failed');
      expectProblem(await ask('hi', undefined, { locale: 'fr' }), 400, 'validation_failed');
      expectProblem(await ask('hi', undefined, { admin: true }), 400, 'validation_failed');
      expect(await db.query(`SELECT count(*)::int AS n FROM bot_turns`)).toEqual(before);
    });

    it('stores what customers type with card numbers masked', async () => {
      const response = await ask('my card 4111 1111 1111 1111 was declined when topping up').expect(200);
      const [turn] = await db.query(`SELECT text FROM bot_turns WHERE conversation_id = $1`, [response.body.conversationId]);
      expect(turn.text).not.toContain('4111 1111 1111 1111');
      expect(turn.text).toContain('1111');
    });
  });
});
