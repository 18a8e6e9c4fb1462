import { randomUUID } from 'node:crypto';
import { Browser } from 'playwright-core';
import { seriousAxeViolations } from './support/axe';
import { launchChromium, screenshotter, withFailureShots } from './support/browser';
import { ChatClient, connect, visitorSession } from './support/chat-clients';
import { PEOPLE_ONLY_CHAT } from './support/people-only-responder';
import { startTestApp, TestApp } from './support/test-app';
import { AgentPresenceService } from '@okpay/routing';
import { DataSource } from 'typeorm';
import { adminToken, agentLogin, registerCustomer, topUpByCard } from './support/wallet-fixtures';

// Monday 10:00 in Shanghai.
const MONDAY_10_00 = '2027-01-04T02:00:00Z';

/**
 * The inbox in the agent's language: a browser set to Chinese gets the whole workspace in
 * Chinese, money and dates written the Chinese way; the agent switches to English and the choice
 * survives a reload. Views, bulk changes and canned replies as an agent uses them; axe finds
 * nothing serious on the inbox, a ticket, a contact and a chat.
 */
describe('the inbox in Chinese and English, in a real browser', () => {
  let app: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let subject: string;
  const shot = screenshotter('browser-inbox');

  beforeAll(async () => {
    // People answer chats here (no bot), so a visitor's first message asks for an agent.
    app = await startTestApp({ now: MONDAY_10_00, overrides: PEOPLE_ONLY_CHAT });
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

  it('views, a saved view, bulk status and tag, and a replied ticket that stops saying "new" in the list', async () => {
    const customer = await registerCustomer(app, 'en');
    const mark = randomUUID().slice(0, 6);
    const subjects = [`Card charged twice ${mark}`, `Refund not received ${mark}`];
    for (const s of subjects) await app.http().post('/api/v1/tickets').auth(customer.token, { type: 'bearer' }).send({ subject: s, body: 'Please check.' }).expect(201);

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', locale: 'en-US' });
    const page = await context.newPage();
    await withFailureShots({ page }, shot, async () => {
      await page.goto(`${baseUrl}/inbox`);
      await page.getByLabel('Email').fill('agent@okpay.test');
      await page.getByLabel('Password').fill('agent-demo-password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      const lists = page.getByRole('navigation', { name: 'Work lists' });
      const row = (subject: string) => lists.locator('li.ticket-row', { hasText: subject });

      await lists.getByLabel('Ticket view').selectOption({ label: 'All open' });
      for (const s of subjects) await row(s).getByTestId('ticket-line').getByText('new · normal').waitFor();

      // The first one is answered: it becomes open, and the list says so at once.
      await row(subjects[0]).getByRole('button').click();
      await page.getByLabel('Reply', { exact: true }).fill('We are looking into it.');
      await page.getByRole('button', { name: 'Send reply' }).click();
      await row(subjects[0]).getByTestId('ticket-line').getByText('open · normal').waitFor();
      await shot(page, 'replied-ticket-open-in-list');

      for (const s of subjects) await row(s).getByRole('checkbox').check();
      const bulk = lists.getByRole('form', { name: '2 selected' });
      await bulk.getByLabel('Set status').selectOption('pending');
      await bulk.getByLabel('Add tag').fill(`batch-${mark}`);
      await shot(page, 'bulk-change');
      await bulk.getByRole('button', { name: 'Apply' }).click();
      await lists.getByText('2 tickets changed.').waitFor();

      await lists.getByLabel('Ticket view').selectOption({ label: 'Pending' });
      for (const s of subjects) await row(s).getByTestId('ticket-line').getByText('pending · normal').waitFor();

      await lists.getByText('Filters').click();
      await lists.getByLabel('Tag', { exact: true }).fill(`batch-${mark}`);
      await lists.getByLabel('Tag', { exact: true }).press('Tab');
      await lists.getByLabel('Name of the view').fill(`Batch ${mark}`);
      await lists.getByRole('button', { name: 'Save as my view' }).click();
      await lists.getByRole('button', { name: `Delete view Batch ${mark}` }).waitFor();
      await shot(page, 'saved-view');
      expect(await seriousAxeViolations(page)).toEqual([]);

      // Views are kept on the server: after a reload the saved one is still there and still lists both.
      await page.reload();
      await lists.getByLabel('Ticket view').selectOption({ label: `Batch ${mark}` });
      for (const s of subjects) await row(s).waitFor();
    });
    await context.close();
  }, 120_000);

  it('a canned reply found by its /shortcut is edited in the reply box, and the edited text is what is sent', async () => {
    const admin = await adminToken(app);
    const name = `refund-timeline-${randomUUID().slice(0, 4)}`;
    await app.http().post('/api/v1/canned-responses').auth(admin, { type: 'bearer' }).send({ name, locale: 'en', body: 'Hello {{customer.name}}, your refund arrives within 3 days.' }).expect(201);
    const customer = await registerCustomer(app, 'en');
    const subject = `Refund timing ${randomUUID().slice(0, 6)}`;
    const ticket = (await app.http().post('/api/v1/tickets').auth(customer.token, { type: 'bearer' }).send({ subject, body: 'When will my refund arrive?' }).expect(201)).body;

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', locale: 'en-US' });
    const page = await context.newPage();
    await withFailureShots({ page }, shot, async () => {
      await page.goto(`${baseUrl}/inbox`);
      await page.getByLabel('Email').fill('agent@okpay.test');
      await page.getByLabel('Password').fill('agent-demo-password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('searchbox', { name: 'Search tickets and contacts' }).fill(subject);
      await page.getByTestId('search-tickets').getByRole('button', { name: new RegExp(subject) }).click();
      await page.getByRole('heading', { name: new RegExp(subject) }).waitFor();

      const box = page.getByLabel('Reply', { exact: true });
      await page.keyboard.press('Alt+KeyR');
      await page.keyboard.type(`/${name.slice(0, 12)}`);
      await page.getByRole('listbox', { name: 'Canned response' }).getByRole('option', { name: new RegExp(name) }).waitFor();
      await shot(page, 'canned-shortcut-menu');
      await page.keyboard.press('Enter');
      // Polled through the locator: a string predicate for waitForFunction needs eval, which the inbox's CSP forbids.
      for (const deadline = Date.now() + 15_000; !(await box.inputValue()).includes('Hello Test Customer'); ) {
        if (Date.now() > deadline) throw new Error('the canned reply never reached the reply box');
        await page.waitForTimeout(50);
      }
      expect(await box.inputValue()).toBe('Hello Test Customer, your refund arrives within 3 days.');
      expect((await app.http().get(`/api/v1/tickets/${ticket.id}`).auth(customer.token, { type: 'bearer' }).expect(200)).body.messages).toHaveLength(1);

      const edited = 'Hello Test Customer, your refund arrives within 2 working days. Sorry for the wait!';
      await box.fill(edited);
      await shot(page, 'canned-edited');
      await box.press('Control+Enter');
      await page.getByTestId('ticket-messages').getByText(edited, { exact: true }).waitFor();
      const messages = (await app.http().get(`/api/v1/tickets/${ticket.id}`).auth(customer.token, { type: 'bearer' }).expect(200)).body.messages;
      expect(messages.map((m: { body: string }) => m.body)).toEqual(['When will my refund arrive?', edited]);
      expect(await box.inputValue()).toBe('');
      await shot(page, 'canned-sent');
    });
    await context.close();
  }, 120_000);

  it('a chat taken in the inbox: axe finds nothing serious in the chat view', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', locale: 'en-US' });
    const page = await context.newPage();
    let visitor: ChatClient | undefined;
    await withFailureShots({ page }, shot, async () => {
      await page.goto(`${baseUrl}/inbox`);
      await page.getByLabel('Email').fill('agent@okpay.test');
      await page.getByLabel('Password').fill('agent-demo-password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByLabel('Presence').selectOption('online');
      await page.getByText('Live', { exact: true }).waitFor();

      const session = await visitorSession(app);
      visitor = await connect(baseUrl, '/widget', { token: session.visitorToken });
      await visitor.send('My top-up has not arrived yet.');
      await page.getByRole('button', { name: 'Accept chat' }).click();
      await page.getByRole('log', { name: 'Messages' }).getByText('My top-up has not arrived yet.', { exact: true }).waitFor();
      await shot(page, 'chat');
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
    visitor?.socket.disconnect();
    await context.close();
  }, 120_000);

  it('the top bar follows presence changed elsewhere: by connecting, from another tab, by the heartbeat timeout', async () => {
    const email = `presence-${randomUUID().slice(0, 8)}@okpay.test`;
    const password = 'a-long-enough-password';
    const created = await app.http().post('/api/v1/agents').auth(await adminToken(app), { type: 'bearer' }).send({ email, name: 'Pat Presence', role: 'agent', password }).expect(201);
    const agentId = (created.body as { id: string }).id;
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    const page = await context.newPage();
    // The presence menu's selected option (`:checked` matches a selected <option>).
    const presenceIs = (presence: string) => page.locator(`select[aria-label="Presence"] option[value="${presence}"]:checked`).waitFor({ state: 'attached' });
    await withFailureShots({ page }, shot, async () => {
      await page.goto(`${baseUrl}/inbox`);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      // A new agent is offline until the socket connects; the page shows the change it made.
      await page.getByText('Live', { exact: true }).waitFor();
      await presenceIs('online');

      const otherTab = await agentLogin(app, email, password);
      await app.http().put('/api/v1/agents/me/presence').auth(otherTab, { type: 'bearer' }).send({ presence: 'away' }).expect(200);
      await page.getByText('Connected · not taking chats', { exact: true }).waitFor();
      await presenceIs('away');

      const [{ last_heartbeat_at }] = await app.app.get(DataSource).query(`SELECT last_heartbeat_at FROM agent_routing_profiles WHERE agent_id = $1`, [agentId]);
      expect(await app.app.get(AgentPresenceService).heartbeatTimedOut({ agentId, heartbeatAt: new Date(last_heartbeat_at).toISOString() })).toBe(true);
      await presenceIs('offline');
      await shot(page, 'presence-offline');
    });
    await context.close();
  }, 120_000);
});
