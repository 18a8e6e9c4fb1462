import { Browser, Page } from 'playwright-core';
import { launchChromium, screenshotter, withFailureShots } from './support/browser';
import { startTestApp, TestApp } from './support/test-app';

/**
 * In real headless Chromium (widget from `npm run build`): a visitor on /demo asks about their own
 * refund, sees no account data and a "Sign in" button that goes to the host's sign-in; signed in,
 * the same question is answered from their account.
 */
describe('the bot invites a visitor to sign in (/demo widget)', () => {
  let app: TestApp;
  let browser: Browser;
  let baseUrl: string;
  const shot = screenshotter('browser-bot-sign-in');

  beforeAll(async () => {
    // Wednesday 10:00 in Shanghai: the demo data is seeded at this instant.
    app = await startTestApp({ now: '2027-01-06T02:00:00Z' });
    await app.app.listen(0, '127.0.0.1');
    baseUrl = (await app.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('visitor: article, invitation and a sign-in button; signed in: their own refund', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();

    await withFailureShots({ page }, shot, async () => {
      await page.goto(`${baseUrl}/demo?locale=en`);
      await openWidget(page);
      // A visitor has no account to speak of: no "anything open" line.
      expect(await page.getByTestId('open-item').count()).toBe(0);
      await sendFromWidget(page, 'where is my refund');
      const invitation = widgetLog(page).locator('li.okw-from-bot').filter({ hasText: 'please sign in' });
      await invitation.waitFor();
      expect(await invitation.textContent()).not.toContain('299.00');
      const signIn = page.getByRole('link', { name: 'Sign in', exact: true });
      await signIn.waitFor();
      await shot(page, 'invited');

      await signIn.click();
      await page.waitForURL(/as=customer/);
      await page.getByTestId('demo-account').getByText(/陈小明/).waitFor();
      await openWidget(page);
      await sendFromWidget(page, 'where is my refund');
      await widgetLog(page).getByText(/refund of CNY 299\.00: being reviewed/).waitFor();
      await shot(page, 'signed-in-answer');
    });
    await context.close();
  }, 120_000);

  const OPEN_ITEM = {
    'zh-CN': { device: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' as const }, open: /打开 OKPay 在线客服/, line: '您今天有一笔 ¥1,500.00 的付款失败了，点此查看原因。', question: '我的付款为什么失败了？', log: '聊天记录' },
    en: { device: { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' as const }, open: /Open OKPay support chat/, line: 'Your payment of CN¥1,500.00 failed today. Tap to see why.', question: 'Why did my payment fail?', log: 'Conversation' },
  };
  for (const [locale, c] of Object.entries(OPEN_ITEM)) {
    it(`${locale}: signed in, the widget opens with the payment that failed today, and a tap explains it from the account`, async () => {
      const context = await browser.newContext(c.device);
      const page = await context.newPage();
      await withFailureShots({ page }, shot, async () => {
        await page.goto(`${baseUrl}/demo?locale=${locale}&as=customer`);
        await page.getByRole('button', { name: c.open }).click();
        const line = page.getByTestId('open-item');
        await line.waitFor();
        expect(await line.textContent()).toBe(c.line);
        await shot(page, `${locale}-open-item`);
        await line.click();
        // The tap asks the question; the bot's answer to it names this customer's own failed payment.
        const asked = page.getByRole('log', { name: c.log }).locator('li.okw-from-customer').filter({ hasText: c.question });
        await asked.locator('xpath=following-sibling::li[contains(@class, "okw-from-bot")]').filter({ hasText: '1,500.00' }).first().waitFor();
        await line.waitFor({ state: 'detached' });
        await shot(page, `${locale}-open-item-explained`);
      });
      await context.close();
    }, 120_000);
  }
});

function widgetLog(page: Page) {
  return page.getByRole('log', { name: 'Conversation' });
}

async function openWidget(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Open OKPay support chat/ }).click();
  await page.getByRole('textbox', { name: 'Message' }).waitFor();
}

async function sendFromWidget(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Message' }).fill(text);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
}
