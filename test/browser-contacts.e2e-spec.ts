import { randomUUID } from 'node:crypto';
import { Browser, Page } from 'playwright-core';
import { freePort } from './support/api-process';
import { launchChromium, screenshotter, withFailureShots } from './support/browser';
import { MailSink, sendToListener, startMailSink } from './support/mail';
import { startTestApp, TestApp } from './support/test-app';

/**
 * An agent whose browser speaks Chinese finds an email requester in the inbox's search box, by
 * address and by a Chinese phrase of their mail, opens their contact page and their ticket, and
 * goes back from the ticket's requester to the contact. Real Chromium against the real app.
 */
describe('contacts and search in the inbox, in a real browser', () => {
  let app: TestApp;
  let sink: MailSink;
  let browser: Browser;
  let baseUrl: string;
  let smtpPort: number;
  const shot = screenshotter('browser-contacts');

  beforeAll(async () => {
    sink = await startMailSink();
    smtpPort = await freePort();
    app = await startTestApp({ now: '2027-01-04T02:00:00Z', env: { SMTP_INGEST_PORT: String(smtpPort), SMTP_URL: sink.url } });
    await app.app.listen(0, '127.0.0.1');
    baseUrl = (await app.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await sink?.close();
  });

  it('finds the email requester by address and a Chinese phrase, opens their contact and ticket, in Chinese', async () => {
    const address = `wang.fang-${randomUUID().slice(0, 8)}@example.com`;
    const subject = `退款没有到账 ${randomUUID().slice(0, 4)}`;
    await sendToListener(smtpPort, { to: 'support@okpay.test', from: `王芳 <${address}>`, subject, text: '我申请的退款三天了还没有到账。' });

    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, reducedMotion: 'reduce', locale: 'zh-CN' });
    const agent = await context.newPage();
    await withFailureShots({ agent }, shot, async () => {
      await signInToInbox(agent, baseUrl);
      const search = agent.getByRole('searchbox', { name: '搜索工单和联系人' });

      await search.fill(address);
      const contactResult = agent.getByTestId('search-contacts').getByRole('button', { name: /王芳/ });
      await contactResult.waitFor();
      await shot(agent, 'search-by-address');
      await contactResult.click();
      const contactPage = agent.getByTestId('contact-page');
      await contactPage.getByRole('heading', { name: '王芳' }).waitFor();
      await contactPage.getByText(address, { exact: true }).waitFor();
      const ticketLink = agent.getByTestId('contact-tickets').getByRole('button', { name: new RegExp(subject) });
      await ticketLink.waitFor();
      await shot(agent, 'contact-page');

      await ticketLink.click();
      const requester = agent.getByRole('button', { name: `打开联系人 王芳 <${address}>` });
      await requester.waitFor();
      await shot(agent, 'ticket-with-requester');
      await requester.click();
      await contactPage.getByRole('heading', { name: '王芳' }).waitFor();

      await search.fill('退款没有到账');
      const ticketResult = agent.getByTestId('search-tickets').getByRole('button', { name: new RegExp(subject) });
      await ticketResult.waitFor();
      await shot(agent, 'search-by-chinese-phrase');
      await ticketResult.click();
      await agent.getByRole('heading', { name: new RegExp(subject) }).waitFor();
    });
    await context.close();
  });
});

async function signInToInbox(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/inbox`);
  await page.getByLabel('邮箱').fill('agent@okpay.test');
  await page.getByLabel('密码').fill('agent-demo-password');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('navigation', { name: '工作列表' }).waitFor();
}
