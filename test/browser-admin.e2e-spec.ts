import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type axe from 'axe-core';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, screenshotter, withFailureShots } from './support/browser';
import { startTestApp, TestApp } from './support/test-app';
import { adminToken, registerCustomer } from './support/wallet-fixtures';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
// Wednesday 10:00 in Shanghai: the chat queue is open until 18:00.
const WEDNESDAY_10_00 = '2027-01-13T02:00:00Z';
const PAGES = ['Hours & calendars', 'Queues', 'Agents', 'Canned responses & macros', 'SLA targets', 'Knowledge base', 'Change log'];

/** Serious and critical axe findings on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  // axe-core injected by evaluation (the page's CSP forbids inline script tags; evaluation is not one).
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate<axe.AxeResults>('axe.run(document)');
  expect(results.passes.length).toBeGreaterThan(5); // axe ran over the page, not over nothing
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The admin console, collision detection and deactivation in real headless Chromium. */
describe('admin console in a real browser (/inbox#admin)', () => {
  let app: TestApp;
  let browser: Browser;
  let baseUrl: string;
  const shot = screenshotter('browser-admin');

  beforeAll(async () => {
    app = await startTestApp({ now: WEDNESDAY_10_00 });
    await app.app.listen(0, '127.0.0.1');
    baseUrl = (await app.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const context = (): Promise<BrowserContext> => browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB', timezoneId: 'Asia/Shanghai' });
  /** The sign-in form speaks the browser's language: its labels in English or Chinese. */
  const signIn = async (page: Page, email: string, password: string) => {
    await page.goto(`${baseUrl}/inbox`);
    await page.getByLabel(/^(Email|邮箱)$/).fill(email);
    await page.getByLabel(/^(Password|密码)$/).fill(password);
    await page.getByRole('button', { name: /^(Sign in|登录)$/ }).click();
    await page.getByRole('navigation', { name: /^(Work lists|工作列表)$/ }).waitFor();
  };
  const newAgent = async (role: 'agent' | 'supervisor', name: string) => {
    const email = `${role}-${randomUUID().slice(0, 8)}@okpay.test`;
    await app.http().post('/api/v1/agents').auth(await adminToken(app), { type: 'bearer' }).send({ email, name, role, password: 'a-long-enough-password' }).expect(201);
    return { email, password: 'a-long-enough-password' };
  };

  it('an admin changes the chat calendar’s hours and the widget’s "open until" follows; every admin page passes axe', async () => {
    const adminContext = await context();
    const visitorContext = await context();
    const admin = await adminContext.newPage();
    const visitor = await visitorContext.newPage();
    await withFailureShots({ admin, visitor }, shot, async () => {
      await visitor.goto(`${baseUrl}/demo?locale=en`);
      await visitor.getByRole('button', { name: /Open OKPay support chat/ }).click();
      const hours = visitor.getByTestId('business-hours');
      await hours.getByText(/until .*(18:00|6:00 PM)/).waitFor();
      await shot(visitor, 'widget-until-18');

      await signIn(admin, 'admin@okpay.test', 'admin-demo-password');
      await admin.getByRole('link', { name: 'Administration' }).click();
      await admin.getByRole('heading', { name: 'Hours & calendars' }).waitFor();
      await admin.getByLabel('Wednesday').fill('09:00-20:00');
      await admin.getByRole('button', { name: 'Preview the next openings' }).click();
      await admin.getByRole('region', { name: 'Next openings' }).getByText(/(20:00|08:00 PM)/).first().waitFor();
      await admin.getByRole('button', { name: 'Save' }).click();
      await admin.getByRole('status').getByText('Saved.').waitFor();
      await shot(admin, 'calendar-saved');

      await visitor.reload();
      await visitor.getByRole('button', { name: /Open OKPay support chat/ }).click();
      await hours.getByText(/until .*(20:00|8:00 PM)/).waitFor();
      await shot(visitor, 'widget-until-20');

      for (const name of PAGES) {
        await admin.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name, exact: true }).click();
        await admin.getByRole('heading', { name, level: 2 }).waitFor();
        // A page may show more than one loading line at once: wait until none is left.
        for (const deadline = Date.now() + 15_000; (await admin.getByText('Loading…').count()) > 0; ) {
          if (Date.now() > deadline) throw new Error(`${name} kept loading`);
          await admin.waitForTimeout(50);
        }
        expect({ page: name, violations: await seriousViolations(admin) }).toEqual({ page: name, violations: [] });
        await shot(admin, `admin-${PAGES.indexOf(name)}`);
      }
    });
    await adminContext.close();
    await visitorContext.close();
  }, 180_000);

  it('in Chinese the console speaks Chinese', async () => {
    const zhContext = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const admin = await zhContext.newPage();
    await withFailureShots({ admin }, shot, async () => {
      await signIn(admin, 'admin@okpay.test', 'admin-demo-password');
      await admin.getByRole('link', { name: '管理', exact: true }).click();
      await admin.getByRole('heading', { name: '营业时间与日历' }).waitFor();
      await admin.getByRole('link', { name: 'SLA 目标' }).click();
      await admin.getByRole('form', { name: '优先级: 紧急' }).getByLabel('首次响应（工作分钟）').waitFor();
      await shot(admin, 'sla-zh');
    });
    await zhContext.close();
  }, 120_000);

  it('a supervisor deactivates an agent, who is signed out', async () => {
    const supervisor = await newAgent('supervisor', 'Sun Supervisor');
    const leaver = await newAgent('agent', 'Lee Leaver');
    const supervisorContext = await context();
    const leaverContext = await context();
    const boss = await supervisorContext.newPage();
    const agent = await leaverContext.newPage();
    await withFailureShots({ boss, agent }, shot, async () => {
      await signIn(agent, leaver.email, leaver.password);
      await agent.getByText('Live', { exact: true }).waitFor();
      await signIn(boss, supervisor.email, supervisor.password);
      await boss.goto(`${baseUrl}/inbox#admin/agents`);
      const row = boss.getByRole('row', { name: /Lee Leaver/ });
      boss.once('dialog', (dialog) => void dialog.accept());
      await row.getByRole('button', { name: 'Deactivate' }).click();
      await row.getByText('Deactivated').waitFor();
      await shot(boss, 'agent-deactivated');
      await agent.getByRole('button', { name: 'Sign in' }).waitFor();
      await shot(agent, 'signed-out');
    });
    await supervisorContext.close();
    await leaverContext.close();
  }, 120_000);

  it("two agents on one ticket see each other, typing too; the other agent's reply shows live, so a reply after it goes out unwarned", async () => {
    const customer = await registerCustomer(app);
    const subject = `Refund ${randomUUID().slice(0, 6)}`;
    await app.http().post('/api/v1/tickets').auth(customer.token, { type: 'bearer' }).send({ subject, body: 'Where is my refund?' }).expect(201);
    const ana = await newAgent('agent', 'Ana');
    const bo = await newAgent('agent', 'Bo');
    const anaContext = await context();
    const boContext = await context();
    const anaPage = await anaContext.newPage();
    const boPage = await boContext.newPage();
    const open = async (page: Page) => {
      await page.getByLabel('Ticket view').selectOption('builtin:allOpen');
      await page.getByRole('button', { name: new RegExp(subject) }).click();
    };
    await withFailureShots({ anaPage, boPage }, shot, async () => {
      await signIn(anaPage, ana.email, ana.password);
      await signIn(boPage, bo.email, bo.password);
      await open(anaPage);
      await open(boPage);
      await anaPage.getByText('Also here: Bo').waitFor();
      await boPage.getByText('Also here: Ana').waitFor();
      await boPage.locator('#ticket-reply').pressSequentially('Looking');
      await anaPage.getByText('Bo typing…').waitFor();
      await shot(anaPage, 'sees-bo-typing');

      // Bo replies first. Ana's open ticket follows live (tickets:changed), so her view is never
      // stale and her reply goes out without a warning; the 409 ticket_changed path, for a change
      // that arrives between the live update and her send, is covered by test/collision.e2e-spec.ts.
      app.clock.advance(60_000);
      await boPage.getByRole('button', { name: 'Send reply' }).click();
      await boPage.getByText('Looking', { exact: true }).waitFor();
      await anaPage.getByText('Looking', { exact: true }).waitFor();
      let warned = false;
      anaPage.once('dialog', (dialog) => {
        warned = true;
        void dialog.accept();
      });
      await anaPage.locator('#ticket-reply').fill('On it');
      await anaPage.getByRole('button', { name: 'Send reply' }).click();
      await anaPage.getByText('On it', { exact: true }).waitFor();
      expect(warned).toBe(false);
      await shot(anaPage, 'sent-anyway');
    });
    await anaContext.close();
    await boContext.close();
  }, 120_000);
});
