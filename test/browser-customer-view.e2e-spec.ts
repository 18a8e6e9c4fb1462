import { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, screenshotter, withFailureShots } from './support/browser';
import { startTestApp, TestApp } from './support/test-app';
import { adminToken } from './support/wallet-fixtures';
import type axe from 'axe-core';
import { readFileSync } from 'node:fs';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * What a customer sees, in real headless Chromium, on a 390×844 touch phone and a 1280×800
 * desktop, in both languages: the launcher stays on screen whatever the host page does, the
 * chat greets and suggests topics, a topic is answered briefly with a real help centre link; the
 * help centre shows categories and stores a vote; axe finds no serious or critical violations.
 */

const DEVICES: Record<string, BrowserContextOptions> = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' },
  desktop: { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' },
};

const LOCALES = {
  'zh-CN': { open: /打开 OKPay 在线客服/, dialog: 'OKPay 客服', topics: '常见问题', greeting: '您好', bot: '智能助手', article: '在帮助中心阅读全文', more: '展开' },
  en: { open: /Open OKPay support chat/, dialog: 'OKPay Support', topics: 'Common questions', greeting: 'Hello', bot: 'Assistant', article: 'Read the full article in the help centre', more: 'Show more' },
} as const;

const HELP = {
  'zh-CN': { categories: ['账户与安全', '充值', '付款', '费用与限额', '退款', '跨境', '联系我们'], smallTalk: ['你好', '谢谢', '再见', '转人工客服'], no: '没有帮助', thanks: '感谢您的反馈！', search: '退款' },
  en: { categories: ['Account and security', 'Top-up', 'Payments', 'Fees and limits', 'Refunds', 'Cross-border', 'Contact us'], smallTalk: ['Hello', 'Thank you', 'Goodbye', 'Talk to a person'], no: 'No', thanks: 'Thank you for your feedback!', search: 'refund' },
} as const;

/** Serious and critical axe findings on the page as it is now (the widget's open shadow root included). */
async function seriousViolations(page: Page): Promise<string[]> {
  // axe-core injected by evaluation (page CSP forbids inline script tags; evaluation is not a script tag).
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate<axe.AxeResults>('axe.run(document)');
  expect(results.passes.length).toBeGreaterThan(10); // axe ran over the page, not over nothing
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

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
          // A short answer, then the article card; the rest behind "Show more", in paragraphs, not one long bubble.
          const shortAnswer = await answer.locator('p.okw-text').allTextContents();
          expect(shortAnswer).toHaveLength(1);
          expect(await answer.locator('p.okw-text + a.okw-article').count()).toBe(1);
          await shot(page, `${device}-${locale}-answered`);
          const more = answer.getByRole('button', { name: t.more });
          if (await more.count()) {
            if (options.hasTouch) await more.tap();
            else await more.click();
            expect(await answer.locator('button.okw-more').getAttribute('aria-expanded')).toBe('true');
            expect((await answer.locator('p.okw-text').allTextContents()).join('\n').length).toBeGreaterThan(shortAnswer.join('').length);
            await shot(page, `${device}-${locale}-answered-expanded`);
          }
          for (const paragraph of await answer.locator('p.okw-text').allTextContents()) expect(paragraph.length).toBeLessThan(400);
          const article = await context.request.get(href);
          expect(article.status()).toBe(200);
          expect(missing).toEqual([]);
        });
        await context.close();
      }, 120_000);

      it(`${device}, ${locale}: the help centre shows categories and no small talk, stores a "not helpful" vote, and axe finds nothing serious`, async () => {
        const context = await browser.newContext(options);
        const page = await context.newPage();
        const h = HELP[locale as keyof typeof HELP];
        await withFailureShots({ page }, shot, async () => {
          await page.goto(`${baseUrl}/help/${locale}`);
          for (const category of h.categories) await page.getByRole('heading', { name: category, level: 2 }).waitFor();
          for (const title of h.smallTalk) expect(await page.getByRole('link', { name: title, exact: true }).count()).toBe(0);
          expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(options.viewport!.width);
          await page.getByRole('button', { name: LOCALES[locale as keyof typeof LOCALES].open }).waitFor();
          await shot(page, `${device}-${locale}-help-home`);
          expect(await seriousViolations(page)).toEqual([]);

          await page.goto(`${baseUrl}/help/${locale}/fees`);
          expect(await seriousViolations(page)).toEqual([]);
          const no = page.getByRole('button', { name: h.no, exact: true });
          if (options.hasTouch) await no.tap();
          else await no.click();
          await page.getByText(h.thanks).waitFor();
          await shot(page, `${device}-${locale}-help-article-voted`);

          await page.goto(`${baseUrl}/help/${locale}/search?q=${encodeURIComponent(h.search)}`);
          await page.locator('.hc-results a[href$="/refund"]').waitFor();
          await shot(page, `${device}-${locale}-help-search`);
          expect(await seriousViolations(page)).toEqual([]);

          // /demo with the chat open.
          await page.goto(`${baseUrl}/demo?locale=${locale}`);
          await page.getByRole('button', { name: LOCALES[locale as keyof typeof LOCALES].open }).click();
          await page.getByRole('dialog').waitFor();
          expect(await seriousViolations(page)).toEqual([]);
        });
        await context.close();
      }, 120_000);
    }
  }

  it('counts every "not helpful" vote the browsers stored, per article and locale', async () => {
    const counts = await app.http().get('/api/v1/help-votes').auth(await adminToken(app), { type: 'bearer' }).expect(200);
    expect(counts.body.items).toEqual([
      { locale: 'en', articleId: 'fees', helpful: 0, notHelpful: 2 },
      { locale: 'zh-CN', articleId: 'fees', helpful: 0, notHelpful: 2 },
    ]);
  });

  for (const [device, locale] of [['phone', 'zh-CN'], ['desktop', 'en']] as const) {
    it(`${device}, ${locale}: without JavaScript, "not helpful" is a plain form that comes back to the article with thanks`, async () => {
      const context = await browser.newContext({ ...DEVICES[device], javaScriptEnabled: false });
      const page = await context.newPage();
      await withFailureShots({ page }, shot, async () => {
        await page.goto(`${baseUrl}/help/${locale}/refund`);
        const no = page.getByRole('button', { name: HELP[locale].no, exact: true });
        if (device === 'phone') await no.tap();
        else await no.click();
        await page.waitForURL(new RegExp(`/help/${locale}/refund\\?voted=1`));
        await page.getByRole('status').filter({ hasText: HELP[locale].thanks }).waitFor();
        await shot(page, `${device}-${locale}-help-voted-without-js`);
      });
      await context.close();
      const counts = await app.http().get('/api/v1/help-votes').auth(await adminToken(app), { type: 'bearer' }).expect(200);
      expect(counts.body.items).toContainEqual({ locale, articleId: 'refund', helpful: 0, notHelpful: 1 });
    }, 120_000);
  }
});

describe('after hours: the offer and its outcome survive reloads (phone zh-CN, desktop en)', () => {
  let app: TestApp;
  let browser: Browser;
  let baseUrl: string;
  const shot = screenshotter('browser-after-hours');

  beforeAll(async () => {
    // Saturday 12:00 in Shanghai: nobody can come until Monday.
    app = await startTestApp({ now: '2027-01-09T04:00:00Z' });
    await app.app.listen(0, '127.0.0.1');
    baseUrl = (await app.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const CASES = {
    'zh-CN': { device: DEVICES.phone, open: /打开 OKPay 在线客服/, person: '转人工客服', form: '留言', question: '您的问题', submit: '提交留言', ticket: /工单号 #\d+/, phone: '手机号码', number: '+8613800138000', callback: '请回电给我', booked: /我们会在您当地时间 .* 前后给您回电（客服中心时区：/, notice: /我们将在 .* 左右给您回电。/ },
    en: { device: DEVICES.desktop, open: /Open OKPay support chat/, person: 'Talk to a person', form: 'Leave a message', question: 'Your question', submit: 'Send message', ticket: /ticket #\d+/, phone: 'Phone number', number: '+44 20 7946 0958', callback: 'Call me back', booked: 'Thanks, we will call you around Mon, Jan 11, 08:00 your time (our office keeps China Standard Time).', notice: 'We will call you back around Jan 11, 2027, 08:00 AM GMT.' },
  } as const;

  for (const [locale, c] of Object.entries(CASES)) {
    it(`${locale}: leave a message, reload, still see the ticket; book a call back, reload, still see it`, async () => {
      const context = await browser.newContext({ ...c.device, timezoneId: 'Europe/London' });
      const page = await context.newPage();
      const openChat = async () => {
        const launcher = page.getByRole('button', { name: c.open });
        if (c.device.hasTouch) await launcher.tap();
        else await launcher.click();
        await page.getByRole('dialog').waitFor();
      };
      await withFailureShots({ page }, shot, async () => {
        await page.goto(`${baseUrl}/demo?locale=${locale}`);
        await openChat();
        await page.getByRole('button', { name: c.person }).click();
        await page.getByRole('heading', { name: c.form }).waitFor();
        await shot(page, `${locale}-offered`);

        // Reloaded before answering: the offer is still there.
        await page.reload();
        await openChat();
        await page.getByRole('heading', { name: c.form }).waitFor();
        await page.getByRole('textbox', { name: c.question }).fill('Where is my top-up from this morning?');
        await page.getByRole('button', { name: c.submit }).click();
        await page.getByRole('status').filter({ hasText: c.ticket }).first().waitFor();

        // Reloaded after leaving it: the ticket and the call back offer, not the message form again.
        await page.reload();
        await openChat();
        await page.locator('.okw-leave').getByText(c.ticket).waitFor();
        expect(await page.getByRole('textbox', { name: c.question }).count()).toBe(0);
        await shot(page, `${locale}-message-left-after-reload`);

        await page.getByRole('textbox', { name: c.phone }).fill(c.number);
        await page.getByRole('button', { name: c.callback }).click();
        await page.locator('.okw-leave').getByText(c.booked).waitFor();
        // The chat's own notice gives the same time, in the same (the visitor's) zone.
        await page.getByRole('log').getByText(c.notice).waitFor();
        await page.reload();
        await openChat();
        await page.locator('.okw-leave').getByText(c.booked).waitFor();
        await shot(page, `${locale}-callback-after-reload`);
      });
      await context.close();
    }, 120_000);
  }
});
