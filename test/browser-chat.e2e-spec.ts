import { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { launchChromium, recordDialogs, screenshotter, withFailureShots } from './support/browser';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The browser scenario in real headless Chromium, against the real app on a port:
 * a visitor on /demo asks a question, asks for a person, an agent takes the chat in /inbox and
 * replies, the visitor sees it; a reload keeps the conversation; markup typed by a user is
 * shown as text in both apps and runs nothing. Every wait is for a condition, never a time.
 */

const QUESTION = 'How long does a bank transfer top-up take?';
/** What the widget's "Talk to a person" button says in the chat. */
const ASK_FOR_PERSON = 'I would like to talk to a person.';
const AGENT_REPLY = 'Hello, this is the OKPay team. Bank top-ups usually arrive within 2 hours.';
const MARKUP = '<img src=x onerror=alert(1)>';

describe('live chat in a real browser (/demo widget and /inbox)', () => {
  let app: TestApp;
  let browser: Browser;
  let baseUrl: string;
  const shot = screenshotter('browser-chat');

  beforeAll(async () => {
    // Monday 10:00 in Shanghai: the chat queue is open.
    app = await startTestApp({ now: '2027-01-04T02:00:00Z' });
    await app.app.listen(0, '127.0.0.1');
    baseUrl = (await app.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('visitor asks, an agent takes the chat and replies, a reload keeps it, markup stays text', async () => {
    const visitorContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const agentContext = await browser.newContext({ viewport: { width: 1400, height: 900 }, reducedMotion: 'reduce' });
    const visitor = await visitorContext.newPage();
    const agent = await agentContext.newPage();
    const visitorDialogs = recordDialogs(visitor);
    const agentDialogs = recordDialogs(agent);

    await withFailureShots({ visitor, agent }, shot, async () => {

    // An agent is signed in to the inbox and online, so the chat queue admits chats.
    await signInToInbox(agent, baseUrl);
    await agent.getByLabel('Presence').selectOption('online');
    await agent.getByText('Live', { exact: true }).waitFor();
    await shot(agent, 'inbox-online');

    // The visitor opens the widget on the demo site and asks a question.
    await visitor.goto(`${baseUrl}/demo?locale=en`);
    await openWidget(visitor);
    await shot(visitor, 'widget-open');
    await sendFromWidget(visitor, QUESTION);
    await widgetLog(visitor).getByText(QUESTION, { exact: true }).waitFor();
    // Stored: acknowledged, it no longer shows "Sending…".
    await visitor.locator('li.okw-pending').waitFor({ state: 'detached' });
    // The bot answers first, from the help article.
    await widgetLog(visitor).locator('li.okw-from-bot').first().waitFor();
    await shot(visitor, 'question-asked');

    // The visitor asks for a person; routing offers the chat to the online agent, who takes it.
    await visitor.getByRole('button', { name: 'Talk to a person' }).click();
    await widgetLog(visitor).getByText(ASK_FOR_PERSON, { exact: true }).waitFor();
    const accept = agent.getByRole('button', { name: 'Accept chat' });
    await accept.waitFor();
    await shot(agent, 'chat-offered');
    await accept.click();
    const agentLog = agent.getByRole('log', { name: 'Messages' });
    await agentLog.getByText(QUESTION, { exact: true }).waitFor();
    await shot(agent, 'chat-taken');

    // The agent replies; the visitor sees it.
    await agent.getByLabel('Reply', { exact: true }).fill(AGENT_REPLY);
    await agent.getByRole('button', { name: 'Send', exact: true }).click();
    await widgetLog(visitor).getByText(AGENT_REPLY, { exact: true }).waitFor();
    await shot(visitor, 'agent-reply-seen');

    // Markup typed by the visitor is text in both apps, and runs nothing.
    await sendFromWidget(visitor, MARKUP);
    await widgetLog(visitor).getByText(MARKUP, { exact: true }).waitFor();
    await agentLog.getByText(MARKUP, { exact: true }).waitFor();
    expect(await widgetLog(visitor).locator('img').count()).toBe(0);
    expect(await agentLog.locator('img').count()).toBe(0);
    await shot(visitor, 'markup-as-text-widget');
    await shot(agent, 'markup-as-text-inbox');

    // A reload keeps the conversation (the visitor token stays in localStorage).
    await visitor.reload();
    await openWidget(visitor);
    for (const text of [QUESTION, AGENT_REPLY, MARKUP]) await widgetLog(visitor).getByText(text, { exact: true }).waitFor();
    await shot(visitor, 'after-reload');

    // The agent closes the chat; the visitor is asked to rate it.
    await agent.getByRole('button', { name: 'Close chat' }).click();
    await visitor.getByRole('group', { name: 'How did we do?' }).waitFor();
    // Every star is a target a thumb can hit (at least 44 × 44 px), and the button says what it sends.
    for (const star of await visitor.locator('#okpay-support-widget label.okw-star').all()) {
      const box = (await star.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    }
    await visitor.getByRole('radio', { name: '5 out of 5' }).check();
    await visitor.getByRole('button', { name: 'Send rating' }).click();
    await visitor.getByText('Thank you for your feedback!').waitFor();
    await shot(visitor, 'csat-rated');

    // "Email me this chat": a visitor names the address; the mail waits for the outbound job.
    await visitor.getByLabel('Your email').fill('visitor@example.com');
    await visitor.getByRole('button', { name: 'Email me this chat' }).click();
    await visitor.getByText('We are sending this chat to visitor@example.com.').waitFor();
    const transcripts = await app.app.get(DataSource).query(`SELECT to_address, full_text FROM email_messages WHERE kind = 'transcript'`);
    expect(transcripts).toEqual([{ to_address: 'visitor@example.com', full_text: expect.stringContaining(AGENT_REPLY) }]);
    await shot(visitor, 'transcript-requested');

    });
    expect(visitorDialogs).toEqual([]);
    expect(agentDialogs).toEqual([]);
    await visitorContext.close();
    await agentContext.close();
  }, 180_000);

  it('a signed-in wallet customer is identified by the signed identity, and the agent sees their wallet', async () => {
    const customerContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const agentContext = await browser.newContext({ viewport: { width: 1400, height: 900 }, reducedMotion: 'reduce' });
    const customer = await customerContext.newPage();
    const agent = await agentContext.newPage();
    await withFailureShots({ customer, agent }, shot, async () => {
      await signInToInbox(agent, baseUrl);
      await agent.getByText('Live', { exact: true }).waitFor();

      await customer.goto(`${baseUrl}/demo?as=customer`);
      await customer.getByTestId('demo-account').getByText('陈小明').waitFor();
      // The host page's aggressive CSS (hotpink buttons) does not reach into the widget's shadow root.
      const launcher = customer.getByRole('button', { name: /打开 OKPay 在线客服/ });
      expect(await launcher.evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).backgroundColor)).toBe('rgb(11, 95, 255)');
      await launcher.click();
      await customer.getByRole('textbox', { name: '消息' }).fill('我的付款为什么失败了？');
      await customer.getByRole('button', { name: '发送', exact: true }).click();
      const log = customer.getByRole('log', { name: '聊天记录' });
      await log.getByText('我的付款为什么失败了？', { exact: true }).waitFor();
      // The bot answers from her own account: the amount and the reason of her failed payment.
      const answer = log.locator('li.okw-from-bot:not(.okw-greeting)').first();
      await answer.getByText('¥1,500.00').waitFor();
      expect(await answer.textContent()).toContain('余额不足');
      await shot(customer, 'signed-in-customer-asks');

      await customer.getByRole('textbox', { name: '消息' }).fill('转人工');
      await customer.getByRole('button', { name: '发送', exact: true }).click();
      await agent.getByRole('button', { name: 'Accept chat' }).click();
      const panel = agent.getByTestId('customer-panel');
      await panel.getByText('陈小明').waitFor();
      await panel.getByText('Insufficient funds').first().waitFor();
      expect(await agent.getByTestId('kyc-tier').textContent()).toBe('basic');
      await shot(agent, 'customer-panel');
    });
    await customerContext.close();
    await agentContext.close();
  }, 120_000);
});

describe('the widget outside business hours, on a phone, by keyboard', () => {
  let app: TestApp;
  let browser: Browser;
  let baseUrl: string;
  const shot = screenshotter('browser-widget-closed');

  beforeAll(async () => {
    // Saturday 12:00 in Shanghai: closed until Monday 09:00 (01:00 in London).
    app = await startTestApp({ now: '2027-01-09T04:00:00Z' });
    await app.app.listen(0, '127.0.0.1');
    baseUrl = (await app.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('says when agents are back in the visitor\'s time zone and takes a message, then a callback request', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, timezoneId: 'Europe/London', reducedMotion: 'reduce' });
    const page = await context.newPage();
    await withFailureShots({ page }, shot, async () => {
      await page.goto(`${baseUrl}/demo`);
      const launcher = page.getByRole('button', { name: /打开 OKPay 在线客服/ });
      await launcher.focus();
      await page.keyboard.press('Enter');
      // Focus moves into the panel's message box; the panel fills the phone's screen.
      await page.getByRole('textbox', { name: '消息' }).waitFor();
      expect(await activeElementInWidget(page)).toBe('okw-input');
      const box = await page.getByRole('dialog', { name: 'OKPay 客服' }).boundingBox();
      expect(box?.width).toBe(390);
      const hours = await page.getByTestId('business-hours').textContent();
      expect(hours).toContain('人工客服已下班');
      expect(hours).toContain('01:00');
      await shot(page, 'closed-hours');

      await page.keyboard.type('银行转账充值还没到账');
      await page.keyboard.press('Enter');
      // The bot answers first; asked for a person, it hands over, and nobody can come.
      await page.locator('li.okw-from-bot').first().waitFor();
      await page.keyboard.type('转人工');
      await page.keyboard.press('Enter');
      // Nobody can come: the server offers to leave a message, and the form takes focus.
      const form = page.getByRole('form', { name: '留言' }).or(page.locator('form.okw-leave'));
      await form.first().waitFor();
      await page.getByRole('textbox', { name: '您的问题' }).fill('银行转账充值两个小时还没到账，请帮我查一下。');
      await page.getByRole('textbox', { name: '电子邮箱（可选）' }).fill('visitor@example.com');
      await page.getByRole('button', { name: '提交留言' }).click();
      await page.getByText(/工单号 #\d+/).waitFor();
      await shot(page, 'message-left');
      // The callback step is a new form, not the message form's fields reused.
      expect(await page.getByRole('textbox', { name: '手机号码' }).inputValue()).toBe('');

      await page.getByRole('textbox', { name: '手机号码' }).fill('+8613800138000');
      await page.getByRole('button', { name: '请回电给我' }).click();
      await page.getByText(/我们会在您当地时间 .* 前后给您回电/).waitFor();
      await shot(page, 'callback-requested');

      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      // Focus comes back to the launcher (the widget moves it once the panel has gone).
      // A locator, not waitForFunction: the page's CSP forbids the eval that a string predicate needs.
      await page.locator('#okpay-support-widget .okw-launcher:focus').waitFor();
      expect(await activeElementInWidget(page)).toBe('launcher');
    });
    await context.close();
  }, 120_000);
});

/** What has focus inside the widget's shadow root: an element id, or "launcher". */
function activeElementInWidget(page: Page): Promise<string | null> {
  // A string, because this runs in the page (DOM types are not part of the server's compilation).
  return page.evaluate(`(() => {
    const active = document.getElementById('okpay-support-widget')?.shadowRoot?.activeElement;
    if (!active) return null;
    return active.classList.contains('okw-launcher') ? 'launcher' : active.id;
  })()`);
}

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

async function signInToInbox(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/inbox`);
  await page.getByLabel('Email').fill('agent@okpay.test');
  await page.getByLabel('Password').fill('agent-demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Work lists' }).waitFor();
}
