import { EmailAddressHealth, SEND_EMAIL_JOB, SEND_EMAIL_RETRY_LIMIT } from '@okpay/messaging';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { DataSource } from 'typeorm';
import { freePort } from './support/api-process';
import { bare, MailSink, runQueuedSends, sendToListener, startMailSink } from './support/mail';
import { startTestApp, TestApp } from './support/test-app';
import { agentToken } from './support/wallet-fixtures';

const MONDAY_10_00 = '2027-01-04T02:00:00Z'; // Shanghai

describe('email out', () => {
  let t: TestApp;
  let sink: MailSink;
  let smtpPort: number;
  let agent: string;
  let db: DataSource;

  beforeAll(async () => {
    sink = await startMailSink();
    smtpPort = await freePort();
    t = await startTestApp({ now: MONDAY_10_00, env: { SMTP_INGEST_PORT: String(smtpPort), SMTP_URL: sink.url } });
    agent = await agentToken(t);
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });
  beforeEach(async () => {
    sink.refuseWith(null);
    await runQueuedSends(t);
    sink.received.splice(0);
  });

  const messageId = () => `<${randomUUID()}@mail.example.com>`;

  /** A customer writes in; the acknowledgement goes out. @returns the ticket and the customer's Message-ID. */
  async function newEmailTicket(text = 'Where is my refund?') {
    const from = `c-${randomUUID().slice(0, 8)}@example.com`;
    const firstId = messageId();
    await sendToListener(smtpPort, { from, to: 'support@okpay.test', subject: text.startsWith('退款') ? '退款' : 'Refund', text, messageId: firstId });
    const [row] = await db.query(`SELECT t.id, t.number FROM tickets t JOIN contacts c ON c.id = t.contact_id WHERE c.email = $1`, [from]);
    await runQueuedSends(t);
    const ack = sink.received.splice(0).find((m) => m.envelopeTo.includes(from))!;
    return { from, firstId, ticketId: row.id as string, number: Number(row.number), ack };
  }

  const reply = (ticketId: string, body: string, internal = false) =>
    t.http().post(`/api/v1/tickets/${ticketId}/messages`).auth(agent, { type: 'bearer' }).send({ body, internal }).expect(201);

  it('sends an agent’s reply threaded under the customer’s mail, and not an internal note', async () => {
    const { from, firstId, ticketId, number, ack } = await newEmailTicket();
    await reply(ticketId, 'Internal: check the ledger', true);
    const posted = await reply(ticketId, 'Hello <Li>,\nyour refund was sent today.');
    const [job] = await db.query(`SELECT retry_limit, retry_backoff FROM pgboss.job WHERE name = $1 ORDER BY created_on DESC LIMIT 1`, [SEND_EMAIL_JOB]);
    expect(job).toEqual({ retry_limit: SEND_EMAIL_RETRY_LIMIT, retry_backoff: true });

    expect(await runQueuedSends(t)).toEqual(['sent']);
    expect(sink.received).toHaveLength(1);
    const [mail] = sink.received;
    expect(mail.envelopeTo).toEqual([from]);
    expect(mail.parsed.subject).toBe(`Re: [#${number}] Refund`);
    expect(mail.parsed.inReplyTo).toBe(firstId);
    expect(mail.parsed.references).toContain(firstId);
    expect(mail.parsed.references).toContain(ack.parsed.messageId);
    expect(mail.parsed.replyTo).toEqual(ack.parsed.replyTo);
    expect(mail.header('auto-submitted')).toBeUndefined();
    expect(mail.parsed.text).toContain('Hello <Li>,\nyour refund was sent today.');
    expect(mail.parsed.html).toContain('Hello &lt;Li&gt;,<br>your refund was sent today.');
    expect(mail.parsed.text).not.toContain('ledger');

    const view = (await t.http().get(`/api/v1/tickets/${ticketId}`).auth(agent, { type: 'bearer' }).expect(200)).body;
    const sent = view.messages.find((m: { id: string }) => m.id === posted.body.id);
    expect(sent.email).toMatchObject({ direction: 'outbound', to: from, deliveryStatus: 'sent', attempts: 1 });

    // The customer answers that mail: it lands on the same ticket.
    await sendToListener(smtpPort, { from, to: mail.parsed.replyTo![0].address, subject: `Re: ${mail.parsed.subject}`, text: 'Got it, thanks', messageId: messageId(), inReplyTo: mail.parsed.messageId });
    const after = (await t.http().get(`/api/v1/tickets/${ticketId}`).auth(agent, { type: 'bearer' }).expect(200)).body;
    expect(after.messages.at(-1)).toMatchObject({ body: 'Got it, thanks', author: { type: 'customer' } });
  });

  it('answers in Chinese to a customer who wrote Chinese', async () => {
    const { ticketId, ack } = await newEmailTicket('退款什么时候到账？');
    expect(ack.parsed.subject).toContain('我们已收到您的邮件');
    expect(ack.parsed.text).toMatch(/我们将在 1月4日 星期一 14:00（GMT\+8） 之前回复您/);
    await reply(ticketId, '已经退款。');
    await runQueuedSends(t);
    expect(sink.received[0].parsed.text).toContain('直接回复本邮件即可继续沟通');
  });

  it('retries a temporary refusal with backoff, shows the failure on the message, and fails after the last retry', async () => {
    const { ticketId } = await newEmailTicket();
    const posted = await reply(ticketId, 'We are looking into it.');
    sink.refuseWith(451);
    expect(await runQueuedSends(t)).toEqual(['retrying']);
    const delivery = async () =>
      (await t.http().get(`/api/v1/tickets/${ticketId}`).auth(agent, { type: 'bearer' }).expect(200)).body.messages.find((m: { id: string }) => m.id === posted.body.id).email;
    expect(await delivery()).toMatchObject({ deliveryStatus: 'retrying', attempts: 1, deliveryError: expect.stringContaining('451') });

    for (let i = 0; i < SEND_EMAIL_RETRY_LIMIT - 1; i++) await runQueuedSends(t);
    expect(await delivery()).toMatchObject({ deliveryStatus: 'retrying', attempts: SEND_EMAIL_RETRY_LIMIT });
    expect(await runQueuedSends(t)).toEqual(['failed']);
    expect(await delivery()).toMatchObject({ deliveryStatus: 'failed', attempts: SEND_EMAIL_RETRY_LIMIT + 1, deliveryError: expect.stringContaining('451') });
    expect(sink.received).toHaveLength(0);
  });

  it('fails at once on a permanent 5xx, marks the address, and sends it nothing more', async () => {
    const { from, ticketId } = await newEmailTicket();
    await reply(ticketId, 'First answer');
    sink.refuseWith(550);
    expect(await runQueuedSends(t)).toEqual(['failed']);
    expect(await t.app.get(EmailAddressHealth).bouncing(from)).toMatchObject({ reason: expect.stringContaining('550') });

    sink.refuseWith(null);
    const second = await reply(ticketId, 'Second answer');
    expect(await runQueuedSends(t)).toEqual(['suppressed']);
    expect(sink.received).toHaveLength(0);
    const view = (await t.http().get(`/api/v1/tickets/${ticketId}`).auth(agent, { type: 'bearer' }).expect(200)).body;
    expect(view.messages.find((m: { id: string }) => m.id === second.body.id).email).toMatchObject({
      deliveryStatus: 'suppressed',
      deliveryError: expect.stringContaining('bounces'),
    });
  });
});

describe('email out without SMTP_URL', () => {
  it('writes each mail as an .eml file into DATA_DIR/outbox', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'okpay-outbox-'));
    const smtpPort = await freePort();
    const t = await startTestApp({ now: MONDAY_10_00, env: { SMTP_INGEST_PORT: String(smtpPort), DATA_DIR: dataDir } });
    try {
      const id = `<${randomUUID()}@mail.example.com>`;
      await sendToListener(smtpPort, { from: 'wang@example.com', to: 'support@okpay.test', subject: 'Hello', text: 'Hi there', messageId: id });
      expect(await runQueuedSends(t)).toEqual(['sent']);
      const files = (await readdir(join(dataDir, 'outbox'))).filter((f) => f.endsWith('.eml'));
      expect(files).toHaveLength(1);
      const mail = await PostalMime.parse(await readFile(join(dataDir, 'outbox', files[0])));
      expect(mail.to?.[0]).toMatchObject({ address: 'wang@example.com' });
      expect(mail.inReplyTo).toBe(id);
      expect(bare(mail.messageId)).toMatch(/@okpay\.test$/);
      expect(mail.text).toContain('We will reply by Monday 4 January 14:00 (GMT+8).');
    } finally {
      await t.close();
    }
  });
});
