import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { freePort } from './support/api-process';
import { NewMailTriage, TRIAGE_MAIL_JOB, TriageMailJobData } from '@okpay/messaging';
import { MailSink, runQueuedSends, runQueuedTriage, sendToListener, startMailSink } from './support/mail';
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
    await runQueuedTriage(t);
    expect(await ticketOf(from)).toEqual({ category: 'refund', priority: 'normal' });
    await runQueuedSends(t);
    expect(sink.received[0].parsed.text).toMatch(/answer your question:\n.+\nhttp:\/\/localhost:\d+\/help\/en\/refund\n/);
  });

  it('makes a report of a hacked account urgent', async () => {
    const from = `c-${randomUUID().slice(0, 8)}@example.com`;
    await sendToListener(smtpPort, { from, to: 'support@okpay.test', subject: 'Help', text: 'Someone hacked my account and made a payment that was not me!', messageId: `<${randomUUID()}@x.example>` });
    await runQueuedTriage(t);
    expect(await ticketOf(from)).toEqual({ category: 'account_security', priority: 'urgent' });
  });

  it('keeps the defaults and no article when the bot cannot tell', async () => {
    const from = `c-${randomUUID().slice(0, 8)}@example.com`;
    await sendToListener(smtpPort, { from, to: 'support@okpay.test', subject: 'Hello', text: 'What will the weather be like in Paris tomorrow?', messageId: `<${randomUUID()}@x.example>` });
    await runQueuedTriage(t);
    expect(await ticketOf(from)).toEqual({ category: null, priority: 'normal' });
    sink.received.splice(0);
    await runQueuedSends(t);
    const ack = sink.received.find((mail) => mail.envelopeTo.includes(from));
    expect(ack?.parsed.subject).toContain('We received your message');
    expect(ack?.parsed.text).not.toContain('article');
  });

  it('triages a mail once, however many times its job runs, even two runs at once', async () => {
    const from = `c-${randomUUID().slice(0, 8)}@example.com`;
    await sendToListener(smtpPort, { from, to: 'support@okpay.test', subject: 'Help', text: 'Someone hacked my account and made a payment that was not me!', messageId: `<${randomUUID()}@x.example>` });
    const db = t.app.get(DataSource);
    const [job]: { data: TriageMailJobData }[] = await db.query(
      `SELECT j.data FROM pgboss.job j JOIN email_messages e ON e.id = (j.data->>'emailId')::uuid WHERE j.name = $1 AND e.from_address = $2`,
      [TRIAGE_MAIL_JOB, from],
    );
    const triage = t.app.get(NewMailTriage);

    const runs = await Promise.all([triage.run(job.data), triage.run(job.data)]);
    expect(runs.filter((triaged) => triaged)).toHaveLength(1);
    expect(await triage.run(job.data)).toBe(false);

    const [ticket] = await db.query(`SELECT t.id, t.priority FROM tickets t JOIN contacts c ON c.id = t.contact_id WHERE c.email = $1`, [from]);
    expect(ticket.priority).toBe('urgent');
    const changes = await db.query(`SELECT changes FROM ticket_events WHERE ticket_id = $1 AND action = 'updated' AND actor_type = 'system'`, [ticket.id]);
    expect(changes).toEqual([{ changes: { category: { from: null, to: 'account_security' }, priority: { from: 'normal', to: 'urgent' } } }]);
    const acks = await db.query(`SELECT id FROM email_messages WHERE direction = 'outbound' AND kind = 'acknowledgement' AND to_address = $1`, [from]);
    expect(acks).toHaveLength(1);
  });

  it('triages a mail accepted while no worker could run, after the process that took it has stopped', async () => {
    const port = await freePort();
    const first = await startTestApp({ env: { SMTP_INGEST_PORT: String(port), SMTP_URL: sink.url } });
    const from = `c-${randomUUID().slice(0, 8)}@example.com`;
    const ticketOfIn = async (app: TestApp) =>
      (await app.app.get(DataSource).query(`SELECT t.id, t.category, t.priority FROM tickets t JOIN contacts c ON c.id = t.contact_id WHERE c.email = $1`, [from]))[0];
    const slaJobsOf = async (app: TestApp, ticketId: string) =>
      (await app.app.get(DataSource).query(`SELECT id FROM pgboss.job WHERE name = 'tickets.sla-at-risk' AND data->>'ticketId' = $1`, [ticketId])).length;
    let accepted: { id: string; category: string | null; priority: string };
    try {
      await sendToListener(port, { from, to: 'support@okpay.test', subject: 'Help', text: 'Someone hacked my account and made a payment that was not me!', messageId: `<${randomUUID()}@x.example>` });
      // The 250 came after the commit: the ticket is there as it opened, its triage still queued.
      accepted = await ticketOfIn(first);
      expect(accepted).toMatchObject({ category: null, priority: 'normal' });
      expect(await slaJobsOf(first, accepted.id)).toBe(0);
      const [job] = await first.app.get(DataSource).query(`SELECT state FROM pgboss.job WHERE name = $1`, [TRIAGE_MAIL_JOB]);
      expect(job).toEqual({ state: 'created' });
    } finally {
      await first.close();
    }

    const second = await startTestApp({ databaseUrl: first.databaseUrl, seed: false, env: { SMTP_URL: sink.url } });
    try {
      expect(await runQueuedTriage(second)).toBe(1);
      expect(await ticketOfIn(second)).toEqual({ id: accepted.id, category: 'account_security', priority: 'urgent' });
      expect(await slaJobsOf(second, accepted.id)).toBe(2);
      sink.received.splice(0);
      expect(await runQueuedSends(second)).toEqual(['sent']);
      expect(sink.received.map((mail) => mail.envelopeTo)).toEqual([[from]]);
    } finally {
      await second.close();
    }
  });
});
