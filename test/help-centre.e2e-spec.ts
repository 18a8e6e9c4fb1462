import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startTestApp, TestApp } from './support/test-app';

describe('help centre and bot command line', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: '2027-01-06T02:00:00Z', seed: false });
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
  });

  it('renders an article with the facts of wallet-core and the support calendar filled in', async () => {
    const page = await t.http().get('/help/en/fees').expect(200);
    expect(page.text).toContain('1% (min CNY 10.00, max CNY 200.00)'); // cross-border, from FEE_SCHEDULE
    expect(page.text).toContain('<table>');
    expect(page.text).not.toMatch(/\{\{|<script/);
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
