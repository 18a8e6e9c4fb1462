import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { freePort } from './support/api-process';
import { MailSink, runQueuedSends, sendToListener, startMailSink } from './support/mail';
import { startTestApp, TestApp } from './support/test-app';

describe('email triage by the bot', () => {
  let t: TestApp;
  let sink: MailSink;
  let smtpPort: number;

  beforeAll(async () => {
    sink = await startMailSink();
    smtpPort = await freePort();
    t = await startTestApp({
      env: { SMTP_INGEST_PORT: String(smtpPort), SMTP_URL: sink.url },
    });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  const ticketOf = async (from: string) =>
    (await t.app.get(DataSource).query(`SELECT t.category, t.priority FROM tickets t JOIN contacts c ON c.id = t.contact_id WHERE c.email = $1`, [from]))[0];

  it('sets category and priority from the classification and links the article in the acknowledgement', async () => {
    const from = `c-${randomUUID().slice(0, 8)}@example.com`;
    await sendToListener(smtpPort, { from, to: 'support@okpay.test', subject: 'Money back?', text: 'When does my refund arrive?\n\n-- \nLi', messageId: `<${randomUUID()}@x.example>` });
    expect(await ticketOf(from)).toEqual({ category: 'refund', priority: 'normal' });
    await runQueuedSends(t);
    expect(sink.received[0].parsed.text).toMatch(/answer your question:\n.+\nhttp:\/\/localhost:\d+\/help\/en\/refund\n/);
  });

  it('makes a report of a hacked account urgent', async () => {
    const from = `c-${randomUUID().slice(0, 8)}@example.com`;
    await sendToListener(smtpPort, { from, to: 'support@okpay.test', subject: 'Help', text: 'Someone hacked my account and made a payment that was not me!', messageId: `<${randomUUID()}@x.example>` });
    expect(await ticketOf(from)).toEqual({ category: 'account_security', priority: 'urgent' });
  });

  it('keeps the defaults and no article when the bot cannot tell', async () => {
    const from = `c-${randomUUID().slice(0, 8)}@example.com`;
    await sendToListener(smtpPort, { from, to: 'support@okpay.test', subject: 'Hello', text: 'What will the weather be like in Paris tomorrow?', messageId: `<${randomUUID()}@x.example>` });
    expect(await ticketOf(from)).toEqual({ category: null, priority: 'normal' });
    sink.received.splice(0);
    await runQueuedSends(t);
    const ack = sink.received.find((mail) => mail.envelopeTo.includes(from));
    expect(ack?.parsed.subject).toContain('We received your message');
    expect(ack?.parsed.text).not.toContain('article');
  });
});
