import { BotConversationNotFoundError, BotConversations } from '@okpay/bot';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from './support/test-app';

const WEDNESDAY_10_00 = '2027-01-06T02:00:00Z'; // Asia/Shanghai; the demo data is seeded at this instant

interface Reply {
  conversationId: string;
  intent: string;
  reply: { text: string; quickReplies?: { label: string; text: string }[] };
  handoff: unknown;
}

/**
 * Whole conversations with the bot, in both languages, against the demo customers: follow-ups that
 * keep the topic, details read from the message, the transaction the customer names, answers to the
 * bot's own questions, and actions that wait for the customer's yes. Written for this test, not
 * taken from the dialogue files.
 */
describe('bot conversations', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp({ now: WEDNESDAY_10_00 });
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  const tokens = new Map<string, string>();
  const login = async (email: string) => {
    if (!tokens.has(email)) {
      const response = await t.http().post('/api/v1/auth/customers/login').send({ email, password: 'customer-demo-password' }).expect(200);
      tokens.set(email, response.body.token as string);
    }
    return tokens.get(email)!;
  };

  /** One message, in a conversation if one is given. */
  async function say(as: string | null, text: string, conversationId?: string): Promise<Reply> {
    const request = t.http().post('/api/v1/bot/messages');
    if (as) request.auth(await login(as), { type: 'bearer' });
    return (await request.send({ text, ...(conversationId ? { conversationId } : {}) }).expect(200)).body as Reply;
  }

  /** Plays the messages as one conversation and returns every reply. */
  async function converse(as: string | null, ...messages: string[]): Promise<Reply[]> {
    const replies: Reply[] = [];
    for (const text of messages) replies.push(await say(as, text, replies[0]?.conversationId));
    return replies;
  }

  describe('a follow-up keeps the topic and changes one detail', () => {
    it('en: a domestic quote, then abroad, then another amount', async () => {
      const [first, abroad, bigger] = await converse(null, 'what would I pay in fees to transfer 2000 yuan to my brother', 'and overseas?', 'how about 30k');
      expect(first.intent).toBe('fees');
      expect(first.reply.text).toContain('CNY 2.00'); // 0.1 % of ¥2,000
      expect(abroad.intent).toBe('fees');
      expect(abroad.reply.text).toContain('CNY 20.00'); // 1 % of ¥2,000, abroad
      expect(abroad.reply.text).not.toContain('CNY 2.00,');
      expect(bigger.intent).toBe('fees');
      expect(bigger.reply.text).toContain('CNY 200.00'); // 1 % of ¥30,000 capped at ¥200
    });

    it('zh-CN: a card top-up quote, then by bank transfer, then a Chinese-numeral amount', async () => {
      const [card, bank, amount] = await converse(null, '用信用卡充值1000块手续费是多少', '那网银转账充值呢', '那充两千呢');
      expect(card.intent).toBe('fees');
      expect(card.reply.text).toContain('¥6.00'); // 0.6 %
      expect(bank.intent).toBe('fees');
      expect(bank.reply.text).toContain('免费');
      expect(amount.intent).toBe('fees');
      expect(amount.reply.text).toContain('¥2,000.00');
    });

    it('en: "how long?" after a refund question answers how long a refund takes', async () => {
      const [, howLong] = await converse('customer@okpay.test', 'is there any news on my refund', 'how many days will that take');
      expect(howLong.intent).toBe('refund');
      expect(howLong.reply.text).toMatch(/business days/);
    });

    it('zh-CN: a clear new question starts a new topic', async () => {
      const [, balance] = await converse('customer@okpay.test', '我的付款为什么被拒了', '那我账户里现在还剩多少钱');
      expect(balance.intent).toBe('balance_history');
      expect(balance.reply.text).toContain('580.50');
    });
  });

  describe('the transaction meant, not the latest', () => {
    it('en: a bare amount names the failed payment', async () => {
      const [latest, named] = await converse('lily@okpay.test', 'my payment got declined, what happened', 'what about the 800 one');
      expect(latest.intent).toBe('payment_failed');
      expect(latest.reply.text).toContain('Cinema');
      expect(named.intent).toBe('payment_failed');
      expect(named.reply.text).toContain('CNY 800.00');
      expect(named.reply.text).toMatch(/limit/);
      expect(named.reply.text).not.toContain('Cinema');
    });

    it('zh-CN: an amount without 元 and a merchant word name the payment', async () => {
      const [reply] = await converse('zhang.min@okpay.test', '在樱花旅行付的3000怎么没成功');
      expect(reply.intent).toBe('payment_failed');
      expect(reply.reply.text).toContain('¥3,000.00');
      expect(reply.reply.text).toContain('审核');
    });
  });

  describe("replies to the bot's own questions", () => {
    it('en: asks which one when two transactions fit, then explains the one picked by ordinal', async () => {
      const [question, picked] = await converse('lily@okpay.test', 'why did my payment today fail', 'the second one');
      expect(question.reply.text).toMatch(/Which one do you mean\? Reply with its number:\n1\. .*\n2\. /);
      expect(question.reply.quickReplies?.map((q) => q.text)).toEqual(['1', '2']);
      const list = question.reply.text.split('Reply with its number:\n')[1];
      const [first, second] = list.split('\n');
      expect(picked.intent).toBe('payment_failed');
      const amount = /CNY [\d,.]+/.exec(second)![0];
      expect(picked.reply.text).toContain(amount);
      expect(picked.reply.text).not.toContain(/CNY [\d,.]+/.exec(first)![0]);
      expect(picked.reply.text).toMatch(/failed because/);
    });

    it('zh-CN: picks the transaction to cancel by number', async () => {
      const [list, done] = await converse('customer@okpay.test', '我想取消一笔还在处理的交易', '1');
      expect(list.intent).toBe('cancel_transaction');
      expect(list.reply.text).toContain('¥500.00');
      expect(done.intent).toBe('cancel_transaction');
      expect(done.reply.text).toMatch(/^已为您取消：.*¥500\.00/);
    });

    it('en: picks from a list by its words', async () => {
      const [list, picked] = await converse('customer@okpay.test', 'I want a refund', 'the jade mart one');
      expect(list.reply.text).toMatch(/reply with its number/);
      expect(picked.intent).toBe('refund');
      // The grocery payment already has a refund under way: the bot says so instead of asking twice.
      expect(picked.reply.text).toMatch(/CNY 299\.00/);
    });
  });

  describe('actions wait for the customer to confirm', () => {
    it('zh-CN: a refund of the named payment happens only after 好的, once', async () => {
      const customer = 'customer@okpay.test';
      const before = await db.query(`SELECT count(*)::int AS n FROM refund_requests`);
      const offer = await say(customer, '蓝港咖啡那笔帮我退款');
      expect(offer.intent).toBe('refund');
      expect(offer.reply.text).toContain('¥120.50');
      expect(offer.reply.quickReplies?.map((q) => q.label)).toEqual(['好的', '不用了']);
      expect((await db.query(`SELECT count(*)::int AS n FROM refund_requests`))[0].n).toBe(before[0].n);

      const confirmed = await say(customer, '好的', offer.conversationId);
      expect(confirmed.intent).toBe('refund');
      expect(confirmed.reply.text).toMatch(/已为您提交 ¥120\.50 的退款申请/);
      const rows = await db.query(`SELECT reason FROM refund_requests r JOIN wallet_transactions p ON p.id = r.payment_id WHERE p.amount = 12050 AND p.customer_id = r.customer_id`);
      expect(rows).toEqual([{ reason: expect.stringMatching(/support bot/) }]);

      // A second yes in the same conversation finds no open question and changes nothing.
      await say(customer, '好的', offer.conversationId);
      expect(await db.query(`SELECT count(*)::int AS n FROM refund_requests r JOIN wallet_transactions p ON p.id = r.payment_id WHERE p.amount = 12050`)).toEqual([{ n: 1 }]);
    });

    it('en: a declined cancellation leaves the transaction pending', async () => {
      const [offer, declined] = await converse('zhang.min@okpay.test', 'can I cancel the money I sent to Lily', 'no, leave it');
      expect(offer.intent).toBe('cancel_transaction');
      expect(offer.reply.text).toContain('CNY 1,000.00');
      expect(declined.reply.text).toMatch(/haven't changed anything/);
      const [row] = await db.query(`SELECT t.status FROM wallet_transactions t JOIN customers c ON c.id = t.customer_id WHERE c.email = 'zhang.min@okpay.test' AND t.type = 'transfer'`);
      expect(row.status).toBe('pending');
    });
  });

  it('answers an Alipay question as another provider, with no account data', async () => {
    const [reply] = await converse('customer@okpay.test', '支付宝付款老是失败怎么办');
    expect(reply.intent).toBe('out_of_scope');
    expect(reply.reply.text).toContain('支付宝');
    expect(reply.reply.text).not.toMatch(/1,500|580\.50|数码港/);
  });

  it('invites a visitor asking about "my refund" to sign in, with nothing from any account', async () => {
    const [reply] = await converse(null, 'did my refund come through yet');
    expect(reply.intent).toBe('refund');
    expect(reply.reply.text).toMatch(/sign in/i);
    expect(reply.reply.text).not.toMatch(/299|120\.50/);
    expect(reply.reply.quickReplies?.some((q) => /sign in/i.test(q.label))).toBe(true);
  });

  describe('a conversation started by its first turn', () => {
    it('takes two first messages sent at once (a widget customer typing fast) as turns 1 and 2', async () => {
      const bot = t.app.get(BotConversations);
      const conversationId = randomUUID();
      const first = { conversationId, adoptConversation: true, channel: 'chat' as const };
      await Promise.all([bot.reply({ ...first, text: 'hello' }), bot.reply({ ...first, text: 'how do I top up my wallet' })]);
      const turns = await db.query(`SELECT seq FROM bot_turns WHERE conversation_id = $1 ORDER BY seq`, [conversationId]);
      expect(turns.map((turn: { seq: number }) => turn.seq)).toEqual([1, 2]);
      const [conversation] = await db.query(`SELECT turn_count FROM bot_conversations WHERE id = $1`, [conversationId]);
      expect(conversation.turn_count).toBe(2);
    });

    it("never adds a turn to someone else's conversation started under the same id at the same time", async () => {
      const bot = t.app.get(BotConversations);
      const conversationId = randomUUID();
      const [customerRow] = await db.query(`SELECT id FROM customers WHERE email = 'customer@okpay.test'`);
      const results = await Promise.allSettled([
        bot.reply({ conversationId, adoptConversation: true, channel: 'chat', text: 'hello' }),
        bot.reply({ conversationId, adoptConversation: true, channel: 'chat', customerId: customerRow.id, text: 'hello' }),
      ]);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      expect(results.find((result) => result.status === 'rejected')?.reason).toBeInstanceOf(BotConversationNotFoundError);
      const turns = await db.query(`SELECT seq FROM bot_turns WHERE conversation_id = $1`, [conversationId]);
      expect(turns).toHaveLength(1);
    });
  });
});
