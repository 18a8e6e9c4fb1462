import { EmailAddressHealth } from '@okpay/messaging';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { freePort } from './support/api-process';
import { bare, listenerClient, MailSink, runQueuedSends, sendToListener, startMailSink } from './support/mail';
import { startTestApp, TestApp } from './support/test-app';
import { adminToken, agentToken, registerCustomer } from './support/wallet-fixtures';

const FRIDAY_17_30 = '2027-01-08T09:30:00Z'; // Shanghai
const MAX_BYTES = 64 * 1024;

describe('email in', () => {
  let t: TestApp;
  let sink: MailSink;
  let smtpPort: number;
  let agent: string;
  let db: DataSource;

  beforeAll(async () => {
    sink = await startMailSink();
    smtpPort = await freePort();
    t = await startTestApp({
      now: FRIDAY_17_30,
      env: { SMTP_INGEST_PORT: String(smtpPort), SMTP_URL: sink.url, INBOUND_MAIL_MAX_BYTES: String(MAX_BYTES) },
    });
    agent = await agentToken(t);
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });
  beforeEach(async () => {
    // Each test starts with nothing waiting to go out and an empty sink.
    await runQueuedSends(t);
    sink.received.splice(0);
  });

  const send = (mail: Parameters<typeof sendToListener>[1]) => sendToListener(smtpPort, { to: 'support@okpay.test', ...mail });
  const sender = () => `li-${randomUUID().slice(0, 8)}@example.com`;
  const messageId = () => `<${randomUUID()}@mail.example.com>`;
  const ticketsFrom = (address: string): Promise<{ id: string; number: string }[]> =>
    db.query(`SELECT t.id, t.number FROM tickets t JOIN contacts c ON c.id = t.contact_id WHERE c.email = $1 ORDER BY t.number`, [address]);
  const ticket = async (id: string) => (await t.http().get(`/api/v1/tickets/${id}`).auth(agent, { type: 'bearer' }).expect(200)).body;
  const outboundCount = async () => Number((await db.query(`SELECT count(*) FROM email_messages WHERE direction = 'outbound'`))[0].count);

  it('opens a ticket for a new mail and acknowledges it in the same thread, with the reply time in business hours', async () => {
    const from = sender();
    const id = messageId();
    await send({ from: `Li Wei <${from}>`, subject: 'Top-up missing', text: 'I topped up 100 CNY and it is not there.', messageId: id });

    const [opened] = await ticketsFrom(from);
    const view = await ticket(opened.id);
    expect(view).toMatchObject({ channel: 'email', subject: 'Top-up missing', status: 'new', customerId: null });
    expect(view.messages).toHaveLength(1);
    expect(view.messages[0]).toMatchObject({
      author: { type: 'customer' },
      body: 'I topped up 100 CNY and it is not there.',
      email: { direction: 'inbound', from, deliveryStatus: 'received' },
    });

    expect(await runQueuedSends(t)).toEqual(['sent']);
    expect(sink.received).toHaveLength(1);
    const [ack] = sink.received;
    expect(ack.envelopeTo).toEqual([from]);
    expect(ack.parsed.subject).toBe(`[#${opened.number}] We received your message: Top-up missing`);
    expect(ack.parsed.inReplyTo).toBe(id);
    expect(ack.parsed.references).toContain(id);
    expect(ack.header('auto-submitted')).toBe('auto-replied');
    expect(ack.parsed.replyTo?.[0]).toMatchObject({ address: expect.stringMatching(/^support\+[a-z2-7]{20}@okpay\.test$/) });
    expect(bare(ack.parsed.messageId)).toMatch(/@okpay\.test$/);
    // Friday 17:30 + 4 business hours: 30 minutes on Friday, then Monday 09:00–12:30.
    expect(ack.parsed.text).toContain(`ticket #${opened.number}`);
    expect(ack.parsed.text).toContain('We will reply by Monday 11 January 12:30 (GMT+8).');
    expect(ack.parsed.html).toContain('Monday 11 January 12:30 (GMT+8)');
    expect(view.firstResponseDueAt).toBe('2027-01-11T04:30:00.000Z');
  });

  it('counts the reply time on the support calendar as edited a moment ago', async () => {
    const admin = await adminToken(t);
    const supportCalendarId = '00000000-0000-4000-8000-00000000ca1e';
    const calendarPath = `/api/v1/admin/calendars/${supportCalendarId}`;
    const calendars: { id: string; definition: { weekly: object } }[] = (await t.http().get('/api/v1/admin/calendars').auth(admin, { type: 'bearer' }).expect(200)).body;
    const { definition } = calendars.find((c) => c.id === supportCalendarId)!;
    const firstResponseDue = async () => {
      const from = sender();
      await send({ from, subject: 'Card declined', text: 'My card was declined.', messageId: messageId() });
      const [opened] = await ticketsFrom(from);
      return (await ticket(opened.id)).firstResponseDueAt;
    };
    expect(await firstResponseDue()).toBe('2027-01-11T04:30:00.000Z'); // the calendar is now in memory
    const withSaturday = { ...definition, weekly: { ...definition.weekly, sat: [{ start: '10:00', end: '14:00' }] } };
    await t.http().put(calendarPath).auth(admin, { type: 'bearer' }).send({ definition: withSaturday }).expect(200);
    try {
      // Friday 17:30–18:00, then Saturday 10:00–13:30: the clock has not moved, the edit shows at once.
      expect(await firstResponseDue()).toBe('2027-01-09T05:30:00.000Z');
    } finally {
      await t.http().put(calendarPath).auth(admin, { type: 'bearer' }).send({ definition }).expect(200);
    }
    expect(await firstResponseDue()).toBe('2027-01-11T04:30:00.000Z');
  });

  it('adds a reply to its ticket once, by reply address, by Message-ID and by number in the subject, without the quoted history', async () => {
    const from = sender();
    const first = messageId();
    await send({ from, subject: 'Refund', text: 'Where is my refund?', messageId: first });
    await runQueuedSends(t);
    const ack = sink.received[0];
    const [opened] = await ticketsFrom(from);

    const reply = {
      from,
      to: ack.parsed.replyTo![0].address,
      subject: `Re: ${ack.parsed.subject}`,
      text: `It was on 3 January.\n\nOn Fri, 8 Jan 2027 at 17:30, OKPay Support <support@okpay.test> wrote:\n> Thank you for writing`,
      messageId: messageId(),
      inReplyTo: ack.parsed.messageId,
      references: [first, ack.parsed.messageId!],
    };
    await send(reply);
    await send(reply); // delivered twice
    await send({ from, subject: 'Re: Refund', text: 'Any news?', messageId: messageId(), inReplyTo: ack.parsed.messageId });
    await send({ from, subject: `[#${opened.number}] one more thing`, text: 'Also the fee.', messageId: messageId() });

    expect(await ticketsFrom(from)).toHaveLength(1);
    const view = await ticket(opened.id);
    expect(view.messages.map((m: { body: string }) => m.body)).toEqual(['Where is my refund?', 'It was on 3 January.', 'Any news?', 'Also the fee.']);
    expect(view.messages[1].email.originalText).toContain('> Thank you for writing');
    // Replies are not acknowledged.
    expect(await runQueuedSends(t)).toEqual([]);
  });

  it('stores the same message delivered twice once', async () => {
    const from = sender();
    const mail = { from, subject: 'Card declined', text: 'My card 4111 1111 1111 1111 was declined', messageId: messageId() };
    await send(mail);
    await send(mail);
    const tickets = await ticketsFrom(from);
    expect(tickets).toHaveLength(1);
    const stored = await db.query(`SELECT full_text FROM email_messages WHERE from_address = $1`, [from]);
    expect(stored).toHaveLength(1);
    expect(stored[0].full_text).not.toContain('4111 1111 1111 1111');
    expect(await runQueuedSends(t)).toEqual(['sent']);
  });

  it('stores the same message delivered several times at once once, and accepts every delivery', async () => {
    const from = sender();
    const mail = { from, subject: 'Where is my refund?', text: 'Refund of 30 CNY still missing.', messageId: messageId() };
    // Each delivery resolves only on a 250: a refused one (451 when the copies race) rejects.
    await Promise.all([send(mail), send(mail), send(mail), send(mail)]);
    expect(await ticketsFrom(from)).toHaveLength(1);
    expect(await db.query(`SELECT id FROM email_messages WHERE from_address = $1`, [from])).toHaveLength(1);
    expect(await runQueuedSends(t)).toEqual(['sent']);
  });

  it('keeps an out-of-office reply beside its ticket without touching the ticket, notifying anyone or answering', async () => {
    const from = sender();
    await send({ from, subject: 'Payment failed', text: 'Why?', messageId: messageId() });
    await runQueuedSends(t);
    const ack = sink.received[0];
    const [opened] = await ticketsFrom(from);
    const before = await ticket(opened.id);
    const notificationsBefore = (await db.query(`SELECT count(*) FROM agent_notifications`))[0].count;

    await send({
      from,
      to: ack.parsed.replyTo![0].address,
      subject: `Automatic reply: ${ack.parsed.subject}`,
      text: 'I am out of the office until Monday.',
      messageId: messageId(),
      inReplyTo: ack.parsed.messageId,
      headers: { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' },
    });

    const after = await ticket(opened.id);
    expect(after.messages).toHaveLength(before.messages.length);
    expect(after).toMatchObject({ status: before.status, updatedAt: before.updatedAt });
    expect(after.events).toHaveLength(before.events.length);
    expect((await db.query(`SELECT count(*) FROM agent_notifications`))[0].count).toBe(notificationsBefore);
    const [kept] = await db.query(`SELECT kind, note, ticket_id FROM email_messages WHERE from_address = $1 AND kind = 'automated'`, [from]);
    expect(kept).toEqual({ kind: 'automated', note: 'auto-submitted', ticket_id: opened.id });
    expect(await runQueuedSends(t)).toEqual([]);
    expect(sink.received).toHaveLength(1);
  });

  it('answers none of 100 auto-replies and opens no ticket for them', async () => {
    const before = await outboundCount();
    const robots = [
      { 'Auto-Submitted': 'auto-generated' },
      { 'X-Autoreply': 'yes' },
      { Precedence: 'bulk' },
      { Precedence: 'junk' },
      { 'List-Id': '<news.shop.example>' },
    ];
    const client = listenerClient(smtpPort);
    for (let i = 0; i < 100; i++) {
      const headers = robots[i % robots.length];
      const from = i % 10 === 0 ? `noreply-${i}@shop.example` : `bot-${i}@shop.example`;
      await client.sendMail({ from, to: 'support@okpay.test', subject: `Out of office ${i}`, text: 'Away', messageId: messageId(), headers });
    }
    client.close();
    // And the null return path (how bounces and many auto-responders send).
    await send({ from: 'away@shop.example', subject: 'Away', text: 'Away', messageId: messageId(), envelope: { from: '', to: ['support@okpay.test'] } });
    expect(await outboundCount()).toBe(before);
    expect(await runQueuedSends(t)).toEqual([]);
    expect(sink.received).toHaveLength(0);
    const [{ count }] = await db.query(`SELECT count(*) FROM tickets t JOIN contacts c ON c.id = t.contact_id WHERE c.email LIKE '%@shop.example'`);
    expect(Number(count)).toBe(0);
  }, 60_000);

  it('acknowledges one sender at most once a day, however many new threads they start', async () => {
    const from = sender();
    await send({ from, subject: 'First', text: 'one', messageId: messageId() });
    await send({ from, subject: 'Second', text: 'two', messageId: messageId() });
    expect(await ticketsFrom(from)).toHaveLength(2);
    expect(await runQueuedSends(t)).toEqual(['sent']);
    t.clock.advance(25 * 3600_000);
    await send({ from, subject: 'Third', text: 'three', messageId: messageId() });
    expect(await runQueuedSends(t)).toEqual(['sent']);
    t.clock.set(FRIDAY_17_30);
  });

  it('refuses a foreign recipient at RCPT: no open relay', async () => {
    await expect(send({ from: sender(), to: 'someone@gmail.com', subject: 'relay', text: 'x', messageId: messageId() })).rejects.toMatchObject({
      responseCode: 550,
    });
    await expect(send({ from: sender(), to: 'sales@okpay.test', subject: 'x', text: 'x' })).rejects.toMatchObject({ responseCode: 550 });
    await expect(send({ from: sender(), to: 'support+nonsense@okpay.test', subject: 'x', text: 'x' })).rejects.toMatchObject({ responseCode: 550 });
  });

  it('accepts mail to postmaster (RFC 5321) and opens a ticket for it like mail to support', async () => {
    const from = sender();
    await send({ from, to: 'postmaster@okpay.test', subject: 'Your server', text: 'Mail from your domain bounces here.', messageId: messageId() });
    const [opened] = await ticketsFrom(from);
    expect((await ticket(opened.id)).subject).toBe('Your server');
  });

  it('accepts a mail with NUL characters and stores it without them', async () => {
    const from = sender();
    await send({ from, subject: 'Top\u0000-up', text: 'My top-up\u0000 of 500 did not arrive.', messageId: messageId() });
    const [opened] = await ticketsFrom(from);
    const stored = await ticket(opened.id);
    expect(stored.subject).toBe('Top-up');
    const [mail] = await db.query(`SELECT subject, full_text FROM email_messages WHERE ticket_id = $1`, [opened.id]);
    expect(mail.subject).toBe('Top-up');
    expect(mail.full_text).toContain('My top-up of 500 did not arrive.');
  });

  it('refuses a mail over the size limit with 552 and stores nothing', async () => {
    const from = sender();
    await expect(send({ from, subject: 'big', text: 'x'.repeat(MAX_BYTES * 2), messageId: messageId() })).rejects.toMatchObject({ responseCode: 552 });
    expect(await ticketsFrom(from)).toHaveLength(0);
    // The connection stays usable for a normal mail afterwards.
    await send({ from, subject: 'small', text: 'ok', messageId: messageId() });
    expect(await ticketsFrom(from)).toHaveLength(1);
  });

  it('sanitizes HTML before an agent sees it', async () => {
    const from = sender();
    await send({
      from,
      subject: 'Look',
      html: '<p onmouseover="steal()">Please <a href="javascript:alert(1)">click</a> <b>here</b></p><script>alert(document.cookie)</script><img src="https://t.example/p.gif">',
      messageId: messageId(),
    });
    const [opened] = await ticketsFrom(from);
    const view = await ticket(opened.id);
    const { safeHtml } = view.messages[0].email;
    expect(safeHtml).toContain('<b>here</b>');
    expect(safeHtml).not.toMatch(/script|onmouseover|javascript:|<img/i);
    expect(view.messages[0].body).toBe('Please click here');
  });

  it('does not let a reply-address token join another sender’s ticket silently', async () => {
    const alice = sender();
    await send({ from: alice, subject: 'My account', text: 'Private matter', messageId: messageId() });
    await runQueuedSends(t);
    const ack = sink.received[0];
    const [aliceTicket] = await ticketsFrom(alice);

    const mallory = sender();
    await send({ from: mallory, to: ack.parsed.replyTo![0].address, subject: ack.parsed.subject, text: 'Add me', messageId: messageId(), inReplyTo: ack.parsed.messageId });

    expect((await ticket(aliceTicket.id)).messages).toHaveLength(1);
    const [malloryTicket] = await ticketsFrom(mallory);
    const view = await ticket(malloryTicket.id);
    expect(view.events).toContainEqual(expect.objectContaining({ action: 'email_thread_not_joined', changes: expect.objectContaining({ claimedTicketId: aliceTicket.id, via: 'reply_token' }) }));
    await runQueuedSends(t);
    // Mallory learns her own ticket number, nothing of Alice's.
    expect(sink.received.at(-1)?.envelopeTo).toEqual([mallory]);
    expect(sink.received.at(-1)?.parsed.subject).toContain(`#${malloryTicket.number}`);
  });

  it('marks an address bouncing on a DSN instead of opening a ticket, until mail from the address shows it works', async () => {
    const gone = sender();
    const dsn = [
      'From: Mail Delivery System <MAILER-DAEMON@mx.example.com>',
      'To: support@okpay.test',
      'Subject: Undelivered Mail Returned to Sender',
      `Message-ID: ${messageId()}`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
      '',
      '--B',
      'Content-Type: text/plain',
      '',
      'Your message could not be delivered.',
      '--B',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.com',
      '',
      `Final-Recipient: rfc822; ${gone}`,
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 user unknown',
      '--B--',
      '',
    ].join('\r\n');
    const before = Number((await db.query(`SELECT count(*) FROM tickets`))[0].count);
    await send({ envelope: { from: '', to: ['support@okpay.test'] }, raw: dsn });
    expect(Number((await db.query(`SELECT count(*) FROM tickets`))[0].count)).toBe(before);
    expect(await t.app.get(EmailAddressHealth).bouncing(gone)).toMatchObject({ reason: expect.stringContaining('5.1.1') });

    await send({ from: gone, subject: 'Hello again', text: 'hi', messageId: messageId() });
    // Mail from the address itself shows it works again, so it is acknowledged.
    expect(await t.app.get(EmailAddressHealth).bouncing(gone)).toBeNull();
    expect(await runQueuedSends(t)).toEqual(['sent']);
  });

  it('links the sender to the wallet customer with that email, whose ticket it then is', async () => {
    const customer = await registerCustomer(t, 'zh-CN');
    await send({ from: customer.email, subject: 'Help', text: 'Please call me', messageId: messageId() });
    const [opened] = await db.query(`SELECT id, customer_id, language FROM tickets WHERE customer_id = $1`, [customer.id]);
    expect(opened).toMatchObject({ customer_id: customer.id, language: 'zh-CN' });
    const own = await t.http().get(`/api/v1/tickets/${opened.id}`).auth(customer.token, { type: 'bearer' }).expect(200);
    expect(own.body.messages[0]).not.toHaveProperty('email');
    await runQueuedSends(t);
    expect(sink.received[0].parsed.subject).toContain('我们已收到您的邮件');
  });

  it('adds a reply to a merged ticket’s mail to the ticket it was merged into', async () => {
    const customer = await registerCustomer(t);
    const first = messageId();
    const second = messageId();
    await send({ from: customer.email, subject: 'Refund', text: 'Where is my refund?', messageId: first });
    await send({ from: customer.email, subject: 'Refund again', text: 'Still no refund.', messageId: second });
    const [kept, merged] = await ticketsFrom(customer.email);
    await t.http().post(`/api/v1/tickets/${merged.id}/merge`).auth(agent, { type: 'bearer' }).send({ intoTicketId: kept.id }).expect(200);

    await send({ from: customer.email, subject: 'Re: Refund again', text: 'Any news?', messageId: messageId(), inReplyTo: second });
    expect(await ticketsFrom(customer.email)).toHaveLength(2);
    const bodies = (await ticket(kept.id)).messages.map((m: { body: string }) => m.body);
    expect(bodies.at(-1)).toBe('Any news?');
  });

  it('keeps accepted attachments for agents only and refuses dangerous types', async () => {
    const from = sender();
    await send({
      from,
      subject: 'Receipt',
      text: 'See attached',
      messageId: messageId(),
      attachments: [
        { filename: 'receipt.pdf', content: Buffer.from('%PDF-1.4 receipt'), contentType: 'application/pdf' },
        { filename: 'invoice.exe', content: Buffer.from('MZ'), contentType: 'application/x-msdownload' },
      ],
    });
    const [opened] = await ticketsFrom(from);
    const { email } = (await ticket(opened.id)).messages[0];
    expect(email.attachments).toEqual([expect.objectContaining({ filename: 'receipt.pdf', contentType: 'application/pdf', size: 16 })]);
    expect(email.note).toContain('invoice.exe');
    const download = await t.http().get(email.attachments[0].url).auth(agent, { type: 'bearer' }).expect(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
    expect(Buffer.from(download.body).toString()).toBe('%PDF-1.4 receipt');
    const customer = await registerCustomer(t);
    expect((await t.http().get(email.attachments[0].url).auth(customer.token, { type: 'bearer' })).status).toBe(403);
  });
});
