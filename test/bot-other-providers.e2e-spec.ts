import { BotMessageResponse } from '@okpay/contracts';
import { startTestApp, TestApp } from './support/test-app';

const WEDNESDAY_10_00 = '2027-01-06T02:00:00Z'; // Asia/Shanghai; the demo data is seeded at this instant

/** What the demo customer 陈小明's own account would show: none of it may reach an answer about another provider or a visitor. */
const DEMO_AMOUNTS = ['580.50', '1,500.00', '120.50', '299.00', '500.00'];

describe('bot: other providers, and visitors asking about their own account', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ now: WEDNESDAY_10_00 });
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(WEDNESDAY_10_00));

  const demoCustomerToken = async () =>
    (await t.http().post('/api/v1/auth/customers/login').send({ email: 'customer@okpay.test', password: 'customer-demo-password' }).expect(200)).body.token as string;
  const ask = (text: string, locale: 'en' | 'zh-CN', token?: string) => {
    const request = t.http().post('/api/v1/bot/messages');
    if (token) request.auth(token, { type: 'bearer' });
    return request.send({ text, locale }).expect(200);
  };
  const demoReferences = async (token: string): Promise<string[]> => {
    const page = await t.http().get('/api/v1/wallet/transactions').auth(token, { type: 'bearer' }).expect(200);
    return (page.body.items as { reference: string }[]).map((tx) => tx.reference);
  };
  const signInButtons = (body: BotMessageResponse) => (body.reply.quickReplies ?? []).filter((q) => q.action === 'sign_in');
  const expectNoAccountData = (text: string, references: readonly string[]) => {
    for (const amount of DEMO_AMOUNTS) expect(text).not.toContain(amount);
    for (const reference of references) expect(text).not.toContain(reference);
  };

  describe('another wallet, bank or card scheme', () => {
    it.each([
      ['my Alipay payment failed at a shop, why?', 'en', 'Alipay'],
      ['我的支付宝付款失败了，怎么回事', 'zh-CN', '支付宝'],
    ] as const)('"%s" is answered as another provider, without the signed-in customer’s account', async (text, locale, provider) => {
      const token = await demoCustomerToken();
      const references = await demoReferences(token);
      expect(references.length).toBeGreaterThan(0);

      const response = await ask(text, locale, token);
      expect(response.body.intent).toBe('out_of_scope');
      expect(response.body.handoff).toBeNull();
      expect(response.body.reply.text).toContain(provider);
      expect(response.body.reply.text).toContain('OKPay');
      expectNoAccountData(response.body.reply.text, references);
      expect(signInButtons(response.body)).toEqual([]);
    });

    it('says what OKPay does that relates to a bank: topping up from its cards', async () => {
      const response = await ask('my ICBC credit card bill looks wrong this month', 'en', await demoCustomerToken());
      expect(response.body.intent).toBe('out_of_scope');
      expect(response.body.reply.text).toContain('ICBC');
      expect(response.body.reply.text).toContain('top up your OKPay wallet');
      expect(response.body.reply.quickReplies.map((q: { label: string }) => q.label)).toContain('Ways to top up');
    });

    it.each([
      ['how do I top up from my bank card', 'en'],
      ['怎么用我的招商银行卡充值', 'zh-CN'],
    ] as const)('"%s" stays a top-up question', async (text, locale) => {
      const response = await ask(text, locale, await demoCustomerToken());
      expect(['topup_methods', 'topup_failed']).toContain(response.body.intent);
      expect(response.body.reply.articleId).toMatch(/^topup-/);
    });
  });

  describe('a visitor asking about their own account', () => {
    it.each([
      ['where is my refund', 'en', 'please sign in', 'Sign in'],
      ['我的退款到哪了', 'zh-CN', '请先登录', '登录'],
    ] as const)('"%s" gets the refund article and an invitation to sign in, nothing from any account', async (text, locale, invitation, label) => {
      const references = await demoReferences(await demoCustomerToken());
      const response = await ask(text, locale);
      expect(response.body.intent).toBe('refund');
      expect(response.body.reply.articleId).toBe('refund');
      expect(response.body.reply.text).toContain(invitation);
      expect(signInButtons(response.body)).toEqual([{ label, text: label, action: 'sign_in' }]);
      expectNoAccountData(response.body.reply.text, references);
    });

    it('signed in, the same question gets their own refund facts and no invitation', async () => {
      const response = await ask('where is my refund', 'en', await demoCustomerToken());
      expect(response.body.intent).toBe('refund');
      expect(response.body.reply.text).toContain('refund of CNY 299.00: being reviewed');
      expect(response.body.reply.text).not.toContain('please sign in');
      expect(signInButtons(response.body)).toEqual([]);
    });

    it('a general question from a visitor gets the article without an invitation', async () => {
      const response = await ask('how long do refunds take', 'en');
      expect(response.body.intent).toBe('refund');
      expect(response.body.reply.text).not.toContain('please sign in');
      expect(signInButtons(response.body)).toEqual([]);
    });
  });
});
