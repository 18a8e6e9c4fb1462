import { randomUUID } from 'node:crypto';
import { freePort } from './support/api-process';
import { sendToListener, startMailSink, MailSink } from './support/mail';
import { expectProblem } from './support/problem';
import { startTestApp, TestApp } from './support/test-app';
import { adminToken, agentToken, registerCustomer } from './support/wallet-fixtures';

/**
 * Canned responses rendered for editing before they are sent, with the requester's real name
 * (an email sender's too), and macros previewed without changing the ticket.
 */
describe('reply previews', () => {
  let t: TestApp;
  let sink: MailSink;
  let smtpPort: number;
  let agent: string;
  let admin: string;

  beforeAll(async () => {
    sink = await startMailSink();
    smtpPort = await freePort();
    t = await startTestApp({ now: '2027-01-04T02:00:00Z', env: { SMTP_INGEST_PORT: String(smtpPort), SMTP_URL: sink.url } });
    agent = await agentToken(t);
    admin = await adminToken(t);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  const get = (path: string, token = agent) => t.http().get(`/api/v1${path}`).auth(token, { type: 'bearer' });
  const canned = async (body: string, locale: 'en' | 'zh-CN' = 'en', name = `refund-${randomUUID().slice(0, 6)}`) =>
    (await t.http().post('/api/v1/canned-responses').auth(admin, { type: 'bearer' }).send({ name, locale, body }).expect(201)).body as { id: string; name: string };

  it("fills in an email sender's name from their contact, and a wallet customer's from their account", async () => {
    const hello = await canned('Hello {{customer.name}}, about {{ticket.reference}}. {{agent.name}}');

    const address = `li.lei-${randomUUID().slice(0, 8)}@example.com`;
    const subject = `Refund missing ${randomUUID().slice(0, 6)}`;
    await sendToListener(smtpPort, { to: 'support@okpay.test', from: `Li Lei <${address}>`, subject, text: 'Where is my refund?' });
    const [emailTicket] = (await get(`/tickets/search?q=${encodeURIComponent(subject)}`).expect(200)).body.items;
    const forEmail = (await get(`/tickets/${emailTicket.id}/canned-replies/${hello.id}`).expect(200)).body;
    expect(forEmail).toEqual({ cannedResponseId: hello.id, body: `Hello Li Lei, about #${emailTicket.number}. Demo Agent` });

    const customer = await registerCustomer(t);
    const walletTicket = (await t.http().post('/api/v1/tickets').auth(customer.token, { type: 'bearer' }).send({ subject: 'Top-up', body: 'Missing' }).expect(201)).body;
    expect((await get(`/tickets/${walletTicket.id}/canned-replies/${hello.id}`).expect(200)).body.body).toBe(`Hello Test Customer, about #${walletTicket.number}. Demo Agent`);

    // Rendering sends nothing.
    const detail = (await get(`/tickets/${walletTicket.id}`).expect(200)).body;
    expect(detail.messages).toHaveLength(1);

    expectProblem(await get(`/tickets/${walletTicket.id}/canned-replies/${randomUUID()}`), 404, 'canned_response_not_found');
    expectProblem(await get(`/tickets/${randomUUID()}/canned-replies/${hello.id}`), 404, 'ticket_not_found');
    expect((await get(`/tickets/${walletTicket.id}/canned-replies/${hello.id}`, customer.token)).status).toBeGreaterThanOrEqual(401);
  });

  it('previews a macro in the customer\'s language without changing the ticket', async () => {
    const name = `delay-${randomUUID().slice(0, 6)}`;
    await canned('Hello {{customer.name}}, transfers take 2 hours.', 'en', name);
    await canned('{{customer.name}}您好，转账最长需要 2 小时。', 'zh-CN', name);
    const macro = (await t.http().post('/api/v1/macros').auth(admin, { type: 'bearer' }).send({ name: `Macro ${name}`, actions: { status: 'pending', addTags: ['bank'], cannedResponseName: name } }).expect(201)).body;

    const customer = await registerCustomer(t, 'zh-CN');
    const ticket = (await t.http().post('/api/v1/tickets').auth(customer.token, { type: 'bearer' }).send({ subject: '转账', body: '没到账' }).expect(201)).body;
    const preview = (await get(`/tickets/${ticket.id}/macros/${macro.id}`).expect(200)).body;
    expect(preview).toEqual({ id: macro.id, name: `Macro ${name}`, actions: { status: 'pending', addTags: ['bank'], cannedResponseName: name }, reply: 'Test Customer您好，转账最长需要 2 小时。' });

    const after = (await get(`/tickets/${ticket.id}`).expect(200)).body;
    expect(after).toMatchObject({ status: 'new', tags: [] });
    expect(after.messages).toHaveLength(1);
    expectProblem(await get(`/tickets/${ticket.id}/macros/${randomUUID()}`), 404, 'macro_not_found');
  });
});
