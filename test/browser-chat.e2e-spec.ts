import { Browser, Page } from 'playwright-core';
import { launchChromium, recordDialogs, screenshotter, withFailureShots } from './support/browser';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The browser scenario in real headless Chromium, against the real app on a port:
 * a visitor on /demo asks a question, asks for a person, an agent takes the chat in /inbox and
 * replies, the visitor sees it; a reload keeps the conversation; markup typed by a user is
 * shown as text in both apps and runs nothing. Every wait is for a condition, never a time.
 */

const QUESTION = 'How long does a bank transfer top-up take?';
const ASK_FOR_PERSON = 'I would like to talk to a person, please.';
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
    await sendFromWidget(visitor, ASK_FOR_PERSON);
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

    });
    expect(visitorDialogs).toEqual([]);
    expect(agentDialogs).toEqual([]);
    await visitorContext.close();
    await agentContext.close();
  }, 180_000);
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

async function signInToInbox(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/inbox`);
  await page.getByLabel('Email').fill('agent@okpay.test');
  await page.getByLabel('Password').fill('agent-demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Work lists' }).waitFor();
}
