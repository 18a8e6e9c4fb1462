import { readFileSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { launchChromium, screenshotter, withFailureShots } from './support/browser';
import { startTestApp, TestApp } from './support/test-app';
import { agentToken, registerCustomer } from './support/wallet-fixtures';

// Wednesday 10:00 in Shanghai.
const WEDNESDAY_10_00 = '2027-01-13T02:00:00Z';

/** The reports page in real headless Chromium: reached from the inbox, drawn from the API, its CSV downloaded. */
describe('reports page in a real browser (/inbox)', () => {
  let app: TestApp;
  let browser: Browser;
  let baseUrl: string;
  const numbers: number[] = [];
  const shot = screenshotter('browser-reports');

  beforeAll(async () => {
    app = await startTestApp({ now: WEDNESDAY_10_00 });
    await app.app.listen(0, '127.0.0.1');
    baseUrl = (await app.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchChromium();
    const customer = await registerCustomer(app);
    const agent = await agentToken(app);
    for (const subject of ['Top-up missing', 'Card declined']) {
      const ticket = (await app.http().post('/api/v1/tickets').auth(customer.token, { type: 'bearer' }).send({ subject, body: 'Help?' }).expect(201)).body;
      numbers.push(ticket.number);
      app.clock.advance(10 * 60_000);
      await app.http().post(`/api/v1/tickets/${ticket.id}/messages`).auth(agent, { type: 'bearer' }).send({ body: 'On it.' }).expect(201);
    }
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  // By field name, not label: the sign-in form speaks the browser's language.
  const signInAsAdmin = async (page: Page) => {
    await page.goto(`${baseUrl}/inbox`);
    await page.locator('input[name=email]').fill('admin@okpay.test');
    await page.locator('input[name=password]').fill('admin-demo-password');
    await page.locator('button[type=submit]').click();
    await page.locator('nav.lists').waitFor();
  };
  const showDay = async (page: Page, from: string, to: string, show: string) => {
    await page.locator('input[name=from]').fill(from);
    await page.locator('input[name=to]').fill(to);
    await page.getByRole('button', { name: show, exact: true }).click();
  };
  const card = (page: Page, label: string) => page.locator('.report-card', { hasText: label }).locator('strong');

  it('an admin follows "Reports" from the inbox, sees the day’s figures and bars, and downloads the tickets as CSV', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB', acceptDownloads: true });
    const page = await context.newPage();
    await withFailureShots({ page }, shot, async () => {
      await signInAsAdmin(page);
      await page.getByRole('link', { name: 'Reports', exact: true }).click();
      await showDay(page, '2027-01-13', '2027-01-13', 'Show');
      await page.getByText('Days in Asia/Shanghai').waitFor();
      await card(page, 'Tickets created').getByText('2', { exact: true }).waitFor();
      await card(page, 'First response (median)').getByText('10 min', { exact: true }).waitFor();
      const series = page.getByRole('table', { name: 'Per day' });
      await series.getByRole('row', { name: /2027-01-13/ }).waitFor();
      expect(await series.locator('tbody tr').count()).toBe(1);
      await page.getByRole('table', { name: 'Arrivals by weekday and hour' }).waitFor();
      // The chart is drawn (uPlot, fetched for this page only); a click on the day's bar lists its tickets.
      const plot = page.locator('.report-chart .u-over');
      await plot.waitFor();
      expect(await page.locator('.report-chart canvas').count()).toBe(1);
      await shot(page, 'reports-en');
      await plot.click();
      const picked = page.getByRole('region', { name: 'Tickets created on 2027-01-13' });
      for (const number of numbers) await picked.getByText(`#${number}`).waitFor();
      await shot(page, 'reports-en-bar-clicked');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download tickets (CSV)' }).click()]);
      expect(download.suggestedFilename()).toBe('tickets-2027-01-13-2027-01-13.csv');
      const lines = readFileSync((await download.path()) as string, 'utf8').trimEnd().split('\r\n');
      expect(lines[0]).toMatch(/^number,/);
      expect(lines.slice(1).map((line) => Number(line.split(',')[0]))).toEqual(numbers);

      await page.getByRole('link', { name: 'Back to the inbox' }).click();
      await page.getByRole('navigation', { name: 'Work lists' }).waitFor();
    });
    await context.close();
  }, 120_000);

  it('in Chinese the link is 报表 and the page speaks Chinese', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await withFailureShots({ page }, shot, async () => {
      await signInAsAdmin(page);
      await page.getByRole('link', { name: '报表', exact: true }).click();
      await showDay(page, '2027-01-13', '2027-01-13', '查看');
      await card(page, '新建工单').getByText('2', { exact: true }).waitFor();
      await page.getByRole('table', { name: '每日' }).waitFor();
      await page.locator('.report-chart .u-over').waitFor();
      await page.getByRole('table', { name: '按星期和小时的来访量' }).waitFor();
      await shot(page, 'reports-zh-CN');
    });
    await context.close();
  }, 120_000);

  it('an agent sees no Reports link', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/inbox`);
    await page.getByLabel('Email').fill('agent@okpay.test');
    await page.getByLabel('Password').fill('agent-demo-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Work lists' }).waitFor();
    expect(await page.getByRole('link', { name: 'Reports' }).count()).toBe(0);
    await context.close();
  }, 120_000);
});
