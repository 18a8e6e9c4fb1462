import { Browser, BrowserContextOptions } from 'playwright-core';
import { launchChromium, screenshotter, withFailureShots } from './support/browser';
import { startTestApp, TestApp } from './support/test-app';

/**
 * What a customer sees, in real headless Chromium, on a 390×844 touch phone and a 1280×800
 * desktop, in both languages: the launcher stays on screen whatever the host page does, the
 * chat greets and suggests topics, a topic is answered briefly with a real help centre link.
 */

const DEVICES: Record<string, BrowserContextOptions> = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' },
  desktop: { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' },
};

const LOCALES = {
  'zh-CN': { open: /打开 OKPay 在线客服/, dialog: 'OKPay 客服', topics: '常见问题', greeting: '您好', bot: '智能助手', article: '在帮助中心阅读全文' },
  en: { open: /Open OKPay support chat/, dialog: 'OKPay Support', topics: 'Common questions', greeting: 'Hello', bot: 'Assistant', article: 'Read the full article in the help centre' },
} as const;

describe('what customers see: the widget on a phone and a desktop, in both languages', () => {
  let app: TestApp;
  let browser: Browser;
  let baseUrl: string;
  const shot = screenshotter('browser-customer-view');

  beforeAll(async () => {
    // Monday 10:00 in Shanghai: agents are in.
    app = await startTestApp({ now: '2027-01-04T02:00:00Z' });
    await app.app.listen(0, '127.0.0.1');
    baseUrl = (await app.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  for (const [device, options] of Object.entries(DEVICES)) {
    for (const [locale, t] of Object.entries(LOCALES)) {
      it(`${device}, ${locale}: launcher on screen, greeting and topics, a topic answered with a working article link`, async () => {
        const context = await browser.newContext({ ...options, timezoneId: 'Asia/Shanghai' });
        const page = await context.newPage();
        const missing: string[] = [];
        page.on('response', (response) => {
          if (response.status() === 404) missing.push(response.url());
        });
        await withFailureShots({ page }, shot, async () => {
          await page.goto(`${baseUrl}/demo?locale=${locale}`);
          const launcher = page.getByRole('button', { name: t.open });
          await launcher.waitFor();
          // The page fits the screen (its header wraps) and the launcher is inside the viewport.
          expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(options.viewport!.width);
          const box = (await launcher.boundingBox())!;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(options.viewport!.width);
          expect(box.y + box.height).toBeLessThanOrEqual(options.viewport!.height);
          await shot(page, `${device}-${locale}-demo`);

          if (options.hasTouch) await launcher.tap();
          else await launcher.click();
          const dialog = page.getByRole('dialog', { name: t.dialog });
          await dialog.waitFor();
          expect(await page.getByTestId('greeting').textContent()).toContain(t.greeting);
          expect(await page.getByTestId('business-hours').textContent()).toMatch(/\d\d:\d\d/);
          const topics = page.getByRole('group', { name: t.topics }).getByRole('button');
          const count = await topics.count();
          expect(count).toBeGreaterThanOrEqual(3);
          expect(count).toBeLessThanOrEqual(6);
          await shot(page, `${device}-${locale}-open`);

          if (options.hasTouch) await topics.first().tap();
          else await topics.first().click();
          const answer = page.locator('li.okw-from-bot:not(.okw-greeting)').first();
          await answer.waitFor();
          expect(await answer.locator('.okw-author').textContent()).toContain(t.bot);
          const link = answer.getByRole('link', { name: t.article });
          await link.waitFor();
          const href = (await link.getAttribute('href'))!;
          expect(href).toMatch(new RegExp(`/help/${locale}/[a-z0-9-]+$`));
          // Short: the first paragraph only, until the visitor asks for more.
          for (const paragraph of await answer.locator('p.okw-text').allTextContents()) expect(paragraph.length).toBeLessThan(400);
          await shot(page, `${device}-${locale}-answered`);
          const article = await context.request.get(href);
          expect(article.status()).toBe(200);
          expect(missing).toEqual([]);
        });
        await context.close();
      }, 120_000);
    }
  }
});
