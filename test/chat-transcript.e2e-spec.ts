import { signWidgetIdentity } from '@okpay/auth';
import { ChatMessage } from '@okpay/contracts';
import { DataSource } from 'typeorm';
import { ChatClient, connect, listen, visitorSession } from './support/chat-clients';
import { MailSink, runQueuedSends, startMailSink } from './support/mail';
import { expectProblem } from './support/problem';
import { startTestApp, TEST_WIDGET_IDENTITY_SECRET, TestApp } from './support/test-app';
import { registerCustomer } from './support/wallet-fixtures';

const MONDAY_10_00 = '2027-01-04T02:00:00Z'; // Shanghai; 02:00 in London

describe('chat transcript by email', () => {
  jest.setTimeout(60_000);
  let t: TestApp;
  let sink: MailSink;
  let baseUrl: string;
  const clients: ChatClient[] = [];

  beforeAll(async () => {
    sink = await startMailSink();
    t = await startTestApp({ now: MONDAY_10_00, env: { SMTP_URL: sink.url } });
    baseUrl = await listen(t);
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await t.close();
    await sink.close();
  });
  beforeEach(async () => {
    await runQueuedSends(t);
    sink.received.splice(0);
  });

  /** A widget conversation in which the customer asked something and the bot answered. */
  async function chatted(token: string, text: string): Promise<{ conversationId: string; answer: ChatMessage }> {
    const client = await connect(baseUrl, '/widget', { token });
    clients.push(client);
    const session = await client.next<{ conversationId: string }>('conversation:session');
    await client.send(text);
    const answer = await client.next<ChatMessage>('message:new', (m) => m.author.type === 'bot');
    return { conversationId: session.conversationId, answer };
  }

  const askTranscript = (token: string, body: Record<string, unknown>) => t.http().post('/api/v1/widget/transcript').auth(token, { type: 'bearer' }).send(body);

  it('mails a visitor the chat in order, in their zone, their text escaped; asked twice, one mail', async () => {
    const visitor = await visitorSession(t, 'en');
    const { conversationId, answer } = await chatted(visitor.visitorToken, 'What are the <b>fees</b>?');

    const first = await askTranscript(visitor.visitorToken, { conversationId, email: 'li.wei@example.com', timeZone: 'Europe/London' }).expect(202);
    expect(first.body).toEqual({ address: 'li.wei@example.com', alreadyRequested: false });
    const again = await askTranscript(visitor.visitorToken, { conversationId, email: 'LI.WEI@example.com', timeZone: 'Europe/London' }).expect(202);
    expect(again.body.alreadyRequested).toBe(true);

    expect(await runQueuedSends(t)).toEqual(['sent']);
    expect(sink.received).toHaveLength(1);
    const [mail] = sink.received;
    expect(mail.envelopeTo).toEqual(['li.wei@example.com']);
    expect(mail.parsed.subject).toBe('Your chat with OKPay Support on Monday, January 4, 2027');
    expect(mail.parsed.text).toContain('Times are in Greenwich Mean Time.');
    const asked = mail.parsed.text!.indexOf('[02:00] You:\nWhat are the <b>fees</b>?');
    const answered = mail.parsed.text!.indexOf(`OKPay assistant:\n${answer.text.split('\n')[0]}`);
    expect(asked).toBeGreaterThan(0);
    expect(answered).toBeGreaterThan(asked);
    expect(mail.parsed.html).toContain('What are the &lt;b&gt;fees&lt;/b&gt;?');
    expect(mail.parsed.html).not.toContain('<b>fees</b>');

    // Asked again after it went out: still nothing new.
    await askTranscript(visitor.visitorToken, { conversationId, email: 'li.wei@example.com' }).expect(202);
    expect(await runQueuedSends(t)).toEqual([]);
  });

  it('sends a signed-in customer’s chat to their account’s address, in their language, and no one else’s chat', async () => {
    const customer = await registerCustomer(t, 'zh-CN');
    const identity = signWidgetIdentity(TEST_WIDGET_IDENTITY_SECRET, customer.id, new Date(Date.parse(MONDAY_10_00) + 5 * 60_000));
    const { token } = (await t.http().post('/api/v1/widget/identities').send({ identity }).expect(201)).body;
    const { conversationId } = await chatted(token, '怎么申请退款？');

    const sent = await askTranscript(token, { conversationId, email: 'someone.else@example.com' }).expect(202);
    expect(sent.body.address).toBe(customer.email);
    expect(await runQueuedSends(t)).toEqual(['sent']);
    const [mail] = sink.received.splice(0);
    expect(mail.envelopeTo).toEqual([customer.email]);
    expect(mail.parsed.subject).toBe('您在 2027年1月4日星期一 与 OKPay 客服的聊天记录');
    expect(mail.parsed.text).toContain('时间为中国标准时间。');
    expect(mail.parsed.text).toContain('[10:00] 您：\n怎么申请退款？');

    const other = await registerCustomer(t, 'en');
    const otherIdentity = signWidgetIdentity(TEST_WIDGET_IDENTITY_SECRET, other.id, new Date(Date.parse(MONDAY_10_00) + 5 * 60_000));
    const otherToken = (await t.http().post('/api/v1/widget/identities').send({ identity: otherIdentity }).expect(201)).body.token;
    expectProblem(await askTranscript(otherToken, { conversationId }), 404, 'conversation_not_found');
    const visitor = await visitorSession(t);
    expectProblem(await askTranscript(visitor.visitorToken, { conversationId, email: 'thief@example.com' }), 404, 'conversation_not_found');
    expect(await runQueuedSends(t)).toEqual([]);
    const rows = await t.app.get(DataSource).query(`SELECT to_address FROM email_messages WHERE conversation_id = $1`, [conversationId]);
    expect(rows).toEqual([{ to_address: customer.email }]);
  });

  it('refuses an address that is not one, a zone that is not one, and a visitor who gave none', async () => {
    const visitor = await visitorSession(t);
    const { conversationId } = await chatted(visitor.visitorToken, 'Hello');
    expectProblem(await askTranscript(visitor.visitorToken, { conversationId, email: 'not-an-address' }), 400, 'validation_failed');
    expectProblem(await askTranscript(visitor.visitorToken, { conversationId, email: 'li@example.com', timeZone: 'Mars/Olympus' }), 400, 'validation_failed');
    expectProblem(await askTranscript(visitor.visitorToken, { conversationId }), 422, 'transcript_address_required');
    expect(await runQueuedSends(t)).toEqual([]);
  });
});
