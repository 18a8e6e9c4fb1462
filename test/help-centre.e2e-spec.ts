import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expectProblem } from './support/problem';
import { startTestApp, TestApp } from './support/test-app';
import { adminToken } from './support/wallet-fixtures';

describe('help centre and bot command line', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Seeded: the vote counts are read by the demo admin.
    t = await startTestApp({ now: '2027-01-06T02:00:00Z' });
  });
  afterAll(() => t.close());

  it('lists the articles of each locale', async () => {
    const zh = await t.http().get('/help/zh-CN').expect(200).expect('content-type', /text\/html/);
    expect(zh.text).toContain('OKPay 帮助中心');
    expect(zh.text).toContain('href="/help/zh-CN/payment-failed"');
    const en = await t.http().get('/help/en').expect(200);
    expect(en.text).toContain('href="/help/en/refund"');
    expect(en.text).not.toContain('out-of-scope');
    expect(en.headers['content-security-policy']).toContain("default-src 'none'");
    expect(en.headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
  });

  it('groups real help articles into categories, with no small talk or handoff pages', async () => {
    const en = await t.http().get('/help/en').expect(200);
    for (const category of ['Account and security', 'Top-up', 'Payments', 'Fees and limits', 'Refunds', 'Cross-border', 'Contact us']) expect(en.text).toContain(`>${category}</h2>`);
    const zh = await t.http().get('/help/zh-CN').expect(200);
    for (const category of ['账户与安全', '充值', '付款', '费用与限额', '退款', '跨境', '联系我们']) expect(zh.text).toContain(`>${category}</h2>`);
    for (const page of ['greeting', 'thanks', 'goodbye', 'human-agent', 'callback-request', 'out-of-scope']) {
      expect(en.text).not.toContain(`href="/help/en/${page}"`);
      expect(zh.text).not.toContain(`href="/help/zh-CN/${page}"`);
      await t.http().get(`/help/en/${page}`).expect(404);
    }
    const search = await t.http().get('/help/zh-CN/search').query({ q: '你好' }).expect(200);
    expect(search.text).not.toContain('href="/help/zh-CN/greeting"');
  });

  it('sets lang, hreflang alternates, a meta description, related articles, the widget and a favicon on every page', async () => {
    for (const path of ['/help/en', '/help/en/fees', '/help/en/search?q=refund']) {
      const page = await t.http().get(path).expect(200);
      expect(page.text).toContain('<html lang="en">');
      expect(page.text).toMatch(/<link rel="alternate" hreflang="zh-CN" href="http[^"]+\/help\/zh-CN/);
      expect(page.text).toMatch(/<link rel="alternate" hreflang="en" href="http[^"]+\/help\/en/);
      expect(page.text).toMatch(/<meta name="description" content="[^"]{20,}">/);
      expect(page.text).toContain('<script src="/widget.js" data-locale="en" async></script>');
      expect(page.text).toContain('<link rel="icon" href="/favicon.ico">');
    }
    const fees = await t.http().get('/help/zh-CN/fees').expect(200);
    expect(fees.text).toContain('<html lang="zh-CN">');
    expect(fees.text).toContain('相关文章');
    expect(fees.text).toContain('href="/help/zh-CN/cross-border"');
    expect(fees.text).toContain('这篇文章对您有帮助吗？');
    const favicon = await t.http().get('/favicon.ico').expect(200);
    expect(favicon.headers['content-type']).toBe('image/x-icon');
  });

  it('stores "Was this helpful?" votes and counts them per article; bad votes are coded problems', async () => {
    await t.http().post('/api/v1/help-votes').send({ locale: 'en', articleId: 'fees', helpful: false }).expect(204);
    await t.http().post('/api/v1/help-votes').send({ locale: 'en', articleId: 'fees', helpful: true }).expect(204);
    await t.http().post('/api/v1/help-votes').send({ locale: 'zh-CN', articleId: 'refund', helpful: false }).expect(204);
    expectProblem(await t.http().post('/api/v1/help-votes').send({ locale: 'en', articleId: 'fees', helpful: 'maybe' }), 400, 'validation_failed');
    expectProblem(await t.http().post('/api/v1/help-votes').send({ locale: 'fr', articleId: 'fees', helpful: true }), 400, 'validation_failed');
    expectProblem(await t.http().post('/api/v1/help-votes').send({ locale: 'en', articleId: 'greeting', helpful: true }), 404, 'help_page_not_found');
    expectProblem(await t.http().post('/api/v1/help-votes').send({ locale: 'en', articleId: 'no-such-article', helpful: true }), 404, 'help_page_not_found');
    await t.http().get('/api/v1/help-votes').expect(401);
    const counts = await t.http().get('/api/v1/help-votes').auth(await adminToken(t), { type: 'bearer' }).expect(200);
    expect(counts.body.items).toEqual([
      { locale: 'en', articleId: 'fees', helpful: 1, notHelpful: 1 },
      { locale: 'zh-CN', articleId: 'refund', helpful: 0, notHelpful: 1 },
    ]);
  });

  it('takes "Was this helpful?" as a plain form without JavaScript, and comes back to the article with thanks', async () => {
    const page = await t.http().get('/help/en/transaction-limits').expect(200);
    expect(page.text).toContain('<form class="hc-vote" id="hc-vote" method="post" action="/help/en/transaction-limits/vote"');
    const form = (body: string, path = '/help/en/transaction-limits/vote') => t.http().post(path).set('content-type', 'application/x-www-form-urlencoded').send(body);
    const voted = await form('helpful=false').expect(303);
    expect(voted.headers.location).toBe('/help/en/transaction-limits?voted=1#hc-vote');
    const back = await t.http().get('/help/en/transaction-limits?voted=1').expect(200);
    expect(back.text).toContain('<p class="hc-vote-status" role="status">Thank you for your feedback!</p>');
    expect(back.text).not.toContain('action="/help/en/transaction-limits/vote"');
    expectProblem(await form('helpful=maybe'), 400, 'validation_failed');
    expectProblem(await form('helpful=true', '/help/en/greeting/vote'), 404, 'help_page_not_found');
    // Forms are for this page only: a JSON route still refuses one.
    expectProblem(await form('helpful=true', '/api/v1/help-votes'), 415, 'unsupported_media_type');
    const counts = await t.http().get('/api/v1/help-votes').auth(await adminToken(t), { type: 'bearer' }).expect(200);
    expect(counts.body.items).toContainEqual({ locale: 'en', articleId: 'transaction-limits', helpful: 0, notHelpful: 1 });
  });

  it('renders an article with the facts of wallet-core and the support calendar filled in', async () => {
    const page = await t.http().get('/help/en/fees').expect(200);
    expect(page.text).toContain('1% (min CNY 10.00, max CNY 200.00)'); // cross-border, from FEE_SCHEDULE
    expect(page.text).toContain('<table>');
    // The article's own markup: facts filled in, no script (the page's only scripts are the widget and the vote).
    expect(/<article class="hc-article">([\s\S]*?)<\/article>/.exec(page.text)?.[1]).not.toMatch(/\{\{|<script/);
    const hours = await t.http().get('/help/zh-CN/contact-support').expect(200);
    expect(hours.text).toContain('周一至周五 09:00–18:00(北京时间)');
  });

  it('tells what wallet-core applies, naming tiers as the bot does', async () => {
    const crossBorder = await t.http().get('/help/en/cross-border').expect(200);
    expect(crossBorder.text).toContain('at least basic identity verification'); // CROSS_BORDER_MINIMUM_TIER
    const crossBorderZh = await t.http().get('/help/zh-CN/cross-border').expect(200);
    expect(crossBorderZh.text).toContain('至少需要完成基础认证');
    const topUps = await t.http().get('/help/en/topup-methods').expect(200);
    expect(topUps.text).toContain('<td>0.6%</td>'); // card top-up fee
    expect(topUps.text).toContain('The minimum top-up is CNY 1.00.');
    expect(topUps.text).toContain('Up to 2 hours'); // bank transfer settlement
    const limits = await t.http().get('/help/zh-CN/transaction-limits').expect(200);
    expect(limits.text).toContain('¥20,000.00'); // basic daily
    expect(limits.text).toContain('每日额度在每天 00:00(北京时间) 重置');
    expect(limits.text).toContain('基础认证');
    expect(limits.text).not.toContain('初级认证');
  });

  it('searches by meaning and escapes the query', async () => {
    const page = await t.http().get('/help/en/search').query({ q: 'my top up never arrived <script>alert(1)</script>' }).expect(200);
    expect(page.text).toContain('href="/help/en/topup-failed"');
    expect(page.text).not.toContain('<script>alert(1)</script>');
    expect(page.text).toContain('&lt;script&gt;');
  });

  it('answers 404 for an unknown locale or article', async () => {
    await t.http().get('/help/fr').expect(404);
    await t.http().get('/help/en/no-such-article').expect(404);
    await t.http().get('/help/en/out-of-scope').expect(404);
  });

  const npm = (script: string, input?: string) =>
    execFileSync('npm', ['run', '--silent', script], { cwd: join(__dirname, '..'), input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });

  it('bot:predict keeps every input field, adds intent and confidence, and prints nothing else', () => {
    const out = npm('bot:predict', '{"text":"我的付款为什么失败了","locale":"zh-CN","id":1}\n{"text":"what is the capital of France","id":2}\n');
    const lines = out.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ text: '我的付款为什么失败了', locale: 'zh-CN', id: 1, intent: 'payment_failed' });
    expect(lines[1]).toMatchObject({ id: 2, intent: 'out_of_scope' });
    for (const line of lines) expect(line.confidence).toBeGreaterThanOrEqual(0);
  });

  it('bot:training-data prints the knowledge base examples as JSON Lines, and only those', () => {
    const lines = npm('bot:training-data').trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.length).toBeGreaterThan(2800);
    expect(Object.keys(lines[0]).sort()).toEqual(['intent', 'locale', 'text']);
    expect(lines.some((l) => l.intent === 'out_of_scope')).toBe(false);
  });
});
