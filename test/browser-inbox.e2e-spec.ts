import { Browser } from 'playwright-core';
import { seriousAxeViolations } from './support/axe';
import { launchChromium, screenshotter, withFailureShots } from './support/browser';
import { startTestApp, TestApp } from './support/test-app';
import { registerCustomer, topUpByCard } from './support/wallet-fixtures';

// Monday 10:00 in Shanghai.
const MONDAY_10_00 = '2027-01-04T02:00:00Z';

/**
 * The inbox in the agent's language: a browser set to Chinese gets the whole workspace in
 * Chinese, money and dates written the Chinese way; the agent switches to English and the choice
 * survives a reload. axe finds nothing serious on the inbox, a ticket and a contact.
 */
describe('the inbox in Chinese and English, in a real browser', () => {
  let app: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let subject: string;
  const shot = screenshotter('browser-inbox');

  beforeAll(async () => {
    app = await startTestApp({ now: MONDAY_10_00 });
    await app.app.listen(0, '127.0.0.1');
    baseUrl = (await app.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchChromium();
    const customer = await registerCustomer(app, 'zh-CN');
    await topUpByCard(app, customer, 12345);
    subject = `充值没有到账 ${Date.now() % 10000}`;
    await app.http().post('/api/v1/tickets').auth(customer.token, { type: 'bearer' }).send({ subject, body: '我昨天的充值还没有到账。' }).expect(201);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('a Chinese browser sees the inbox in Chinese; the agent switches to English and it stays English', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', locale: 'zh-CN' });
    const page = await context.newPage();
    await withFailureShots({ page }, shot, async () => {
      await page.goto(`${baseUrl}/inbox`);
      await page.getByRole('heading', { name: 'OKPay 客服工作台' }).waitFor();
      await shot(page, 'login-zh-CN');
      await page.getByLabel('邮箱').fill('agent@okpay.test');
      await page.getByLabel('密码').fill('agent-demo-password');
      await page.getByRole('button', { name: '登录' }).click();

      const lists = page.getByRole('navigation', { name: '工作列表' });
      for (const heading of ['等待中的会话', '我的会话', '工单', '待回电']) await lists.getByRole('heading', { name: new RegExp(`^${heading}`) }).waitFor();
      await page.getByLabel('在线状态').waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      await shot(page, 'inbox-zh-CN');
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.getByRole('searchbox', { name: '搜索工单和联系人' }).fill('充值没有到账');
      await page.getByTestId('search-tickets').getByRole('button', { name: new RegExp(subject) }).click();
      await page.getByRole('heading', { name: new RegExp(subject) }).waitFor();
      await page.getByLabel('优先级').waitFor();
      await page.getByRole('button', { name: '发送回复' }).waitFor();
      const panel = page.getByTestId('customer-panel');
      await panel.getByText('¥123.45').first().waitFor();
      await panel.getByText('余额', { exact: true }).waitFor();
      await shot(page, 'ticket-zh-CN');
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: /^打开联系人/ }).click();
      await page.getByTestId('contact-page').waitFor();
      await shot(page, 'contact-zh-CN');
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.getByLabel('语言').selectOption('en');
      await page.getByRole('navigation', { name: 'Work lists' }).getByRole('heading', { name: /^Waiting chats/ }).waitFor();
      await page.reload();
      await page.getByRole('navigation', { name: 'Work lists' }).getByRole('heading', { name: /^My chats/ }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await shot(page, 'inbox-en-after-switch');
    });
    await context.close();
  }, 120_000);
});
