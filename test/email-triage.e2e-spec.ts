import { InboundMailTriage, MailTriage } from '@okpay/messaging';
import { Locale } from '@okpay/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { freePort } from './support/api-process';
import { MailSink, runQueuedSends, sendToListener, startMailSink } from './support/mail';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The bot is bound to InboundMailTriage by the app outside this branch; this double (the one
 * true edge here) only proves that its answer reaches the ticket and the acknowledgement.
 */
class RefundQuestionTriage extends InboundMailTriage {
  readonly seen: { text: string; locale: Locale }[] = [];

  async triage(text: string, locale: Locale): Promise<MailTriage | null> {
    this.seen.push({ text, locale });
    if (!/refund/i.test(text)) return null;
    return {
      intent: 'refund_status',
      confidence: 0.93,
      priority: 'high',
      article: { id: 'refunds', title: 'How long a refund takes', url: 'https://help.okpay.test/en/refunds' },
    };
  }
}

describe('email triage by the bot port', () => {
  let t: TestApp;
  let sink: MailSink;
  let smtpPort: number;
  const triage = new RefundQuestionTriage();

  beforeAll(async () => {
    sink = await startMailSink();
    smtpPort = await freePort();
    t = await startTestApp({
      env: { SMTP_INGEST_PORT: String(smtpPort), SMTP_URL: sink.url },
      overrides: [{ provide: InboundMailTriage, useValue: triage }],
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
    expect(triage.seen.at(-1)).toEqual({ text: 'When does my refund arrive?', locale: 'en' });
    expect(await ticketOf(from)).toEqual({ category: 'refund_status', priority: 'high' });
    await runQueuedSends(t);
    expect(sink.received[0].parsed.text).toContain('How long a refund takes\nhttps://help.okpay.test/en/refunds');
  });

  it('keeps the defaults and no article when the bot cannot tell', async () => {
    const from = `c-${randomUUID().slice(0, 8)}@example.com`;
    await sendToListener(smtpPort, { from, to: 'support@okpay.test', subject: 'Hello', text: 'Something odd happened', messageId: `<${randomUUID()}@x.example>` });
    expect(await ticketOf(from)).toEqual({ category: null, priority: 'normal' });
    sink.received.splice(0);
    await runQueuedSends(t);
    expect(sink.received[0].parsed.text).not.toContain('article');
  });
});
