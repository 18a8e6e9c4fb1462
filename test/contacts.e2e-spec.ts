import { CHAT_EVENTS, LeaveMessageAck } from '@okpay/contracts';
import { Conversations } from '@okpay/tickets';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { freePort } from './support/api-process';
import { connect, expectAck, listen, visitorSession } from './support/chat-clients';
import { sendToListener, startMailSink, MailSink } from './support/mail';
import { expectProblem } from './support/problem';
import { startTestApp, TestApp } from './support/test-app';
import { adminToken, agentToken, registerCustomer } from './support/wallet-fixtures';

const CHINESE_GIVEN_NAMES = ['小明', '晓燕', '建国', '丽华', '志强', '秀英'];

describe('contacts', () => {
  let t: TestApp;
  let sink: MailSink;
  let smtpPort: number;
  let agent: string;
  let admin: string;
  let registered = 0;
  let baseUrl: string;

  beforeAll(async () => {
    sink = await startMailSink();
    smtpPort = await freePort();
    t = await startTestApp({ env: { SMTP_INGEST_PORT: String(smtpPort), SMTP_URL: sink.url } });
    agent = await agentToken(t);
    admin = await adminToken(t);
    baseUrl = await listen(t);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  const unique = () => randomUUID().slice(0, 8);
  const search = async (q: string, token = agent) =>
    (await t.http().get('/api/v1/contacts').query({ q }).auth(token, { type: 'bearer' }).expect(200)).body as {
      items: { id: string; name?: string; email?: string; phone?: string; customerId?: string }[];
      nextCursor: string | null;
    };
  const profile = async (id: string) => (await t.http().get(`/api/v1/contacts/${id}`).auth(agent, { type: 'bearer' }).expect(200)).body;
  const ticket = async (id: string) => (await t.http().get(`/api/v1/tickets/${id}`).auth(agent, { type: 'bearer' }).expect(200)).body;
  /** The clock stands still unless moved: each new mail and customer comes a second after the one before, so "newest first" has an order. */
  const mail = (from: string, subject: string) => {
    t.clock.advance(1000);
    return sendToListener(smtpPort, { to: 'support@okpay.test', from, subject, text: `${subject}: please help.` });
  };

  /** A wallet customer registered through the API with the given name and phone. */
  async function walletCustomer(name: string, phone?: string): Promise<{ id: string; email: string; token: string }> {
    const email = `w-${unique()}@example.com`;
    registered++;
    t.clock.advance(1000);
    const response = await t
      .http()
      .post('/api/v1/auth/customers/register')
      .set('X-Forwarded-For', `198.19.${Math.floor(registered / 250)}.${(registered % 250) + 1}`)
      .send({ email, password: 'correct horse battery', name, locale: 'zh-CN', ...(phone ? { phone } : {}) })
      .expect(201);
    return { id: response.body.customer.id, email, token: response.body.token };
  }

  it('finds a wallet customer by a part of their Chinese name, and by part of their email in any case', async () => {
    const given = CHINESE_GIVEN_NAMES[Math.floor(Math.random() * CHINESE_GIVEN_NAMES.length)];
    const name = `欧阳${given}${unique()}`;
    const customer = await walletCustomer(name);

    const byName = await search(name.slice(1));
    expect(byName.items).toEqual([{ id: expect.any(String), name, email: customer.email, customerId: customer.id }]);
    const byEmail = await search(customer.email.split('@')[0].toUpperCase());
    expect(byEmail.items.map((c) => c.customerId)).toEqual([customer.id]);
    expect((await search(`欧阳${unique()}`)).items).toEqual([]);
  });

  it('finds a contact by phone written the way people write it, without the country code', async () => {
    const digits = String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
    const customer = await walletCustomer(`Chen ${unique()}`, `+86139${digits}`);

    const found = await search(`139 ${digits.slice(0, 4)} ${digits.slice(4)}`);
    expect(found.items).toEqual([expect.objectContaining({ phone: `+86139${digits}`, customerId: customer.id })]);
    // Only the parsed number matches these: neither is a run of the stored digits.
    expect((await search(`0086 139-${digits.slice(0, 4)}-${digits.slice(4)}`)).items.map((c) => c.customerId)).toEqual([customer.id]);
    expect((await search(`+86 (139) ${digits.slice(0, 4)}.${digits.slice(4)}`)).items.map((c) => c.customerId)).toEqual([customer.id]);
  });

  it('pages newest first with the shared cursor, and refuses a cursor it did not hand out', async () => {
    const family = `Pager${unique()}`;
    for (const given of ['A', 'B', 'C']) await walletCustomer(`${family} ${given}`);
    const first = (await t.http().get('/api/v1/contacts').query({ q: family, limit: 2 }).auth(agent, { type: 'bearer' }).expect(200)).body;
    expect(first.items.map((c: { name: string }) => c.name)).toEqual([`${family} C`, `${family} B`]);
    const second = (
      await t.http().get('/api/v1/contacts').query({ q: family, limit: 2, cursor: first.nextCursor }).auth(agent, { type: 'bearer' }).expect(200)
    ).body;
    expect(second).toEqual({ items: [expect.objectContaining({ name: `${family} A` })], nextCursor: null });
    expectProblem(await t.http().get('/api/v1/contacts').query({ cursor: 'not-a-cursor' }).auth(agent, { type: 'bearer' }), 400, 'invalid_cursor');
  });

  it('joins mail from an address to one contact whatever its case, and names that requester on the ticket', async () => {
    const address = `li.wei-${unique()}@example.com`;
    await mail(`Li Wei <${address}>`, 'First question');
    const [contact] = (await search(address)).items;
    expect(contact).toEqual({ id: expect.any(String), name: 'Li Wei', email: address });

    await mail(`Li Wei <${address.toUpperCase()}>`, 'Second question');
    expect((await search(address)).items.map((c) => c.id)).toEqual([contact.id]);
    const history = await profile(contact.id);
    expect(history.tickets.map((x: { subject: string }) => x.subject)).toEqual(['Second question', 'First question']);
    expect(history).toMatchObject({ id: contact.id, email: address, conversations: [], callbacks: [] });

    const detail = await ticket(history.tickets[0].id);
    expect(detail.requester).toEqual({ contactId: contact.id, name: 'Li Wei', email: address });
  });

  it('joins mail from a wallet customer to their own contact, with the customer panel link', async () => {
    const customer = await walletCustomer(`Zhao ${unique()}`);
    const [contact] = (await search(customer.email)).items;

    await mail(`Someone <${customer.email.toUpperCase()}>`, 'Card top-up');
    const history = await profile(contact.id);
    expect(history).toMatchObject({ id: contact.id, customerId: customer.id, tickets: [expect.objectContaining({ subject: 'Card top-up', channel: 'email' })] });
    expect((await ticket(history.tickets[0].id)).requester).toEqual({ contactId: contact.id, name: expect.stringMatching(/^Zhao /), email: customer.email, customerId: customer.id });
  });

  it('lists a wallet customer\'s chats in their history', async () => {
    const customer = await walletCustomer(`Sun ${unique()}`);
    // Opened as the widget gateway opens a signed-in customer's chat.
    const chat = await t.app.get(Conversations).forOwner({ kind: 'customer', id: customer.id }, 'zh-CN');
    const [contact] = (await search(customer.email)).items;
    expect((await profile(contact.id)).conversations).toEqual([expect.objectContaining({ id: chat.id, status: 'open', locale: 'zh-CN', ticketId: null })]);
  });

  it('lists the callbacks a wallet customer asked for, and those asked for from their number, newest first', async () => {
    const digits = String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
    const customer = await walletCustomer(`Lin ${unique()}`, `+86139${digits}`);
    const signedIn = await t
      .http()
      .post('/api/v1/callbacks')
      .auth(customer.token, { type: 'bearer' })
      .send({ phone: `+86137${digits}`, topic: 'card top-up', locale: 'zh-CN' })
      .expect(201);
    t.clock.advance(1000);
    const anonymous = await t.http().post('/api/v1/callbacks').send({ phone: `139${digits}`, topic: 'refund', locale: 'zh-CN' }).expect(201);
    await t.http().post('/api/v1/callbacks').send({ phone: `+86136${digits}`, topic: 'someone else', locale: 'zh-CN' }).expect(201);

    const [contact] = (await search(customer.email)).items;
    expect((await profile(contact.id)).callbacks).toEqual([
      expect.objectContaining({ id: anonymous.body.id, phone: `+86139${digits}`, topic: 'refund' }),
      expect.objectContaining({ id: signedIn.body.id, phone: `+86137${digits}`, topic: 'card top-up' }),
    ]);
  });

  it('joins a chat visitor who leaves a message with an address to the contact of that address', async () => {
    const address = `visitor-${unique()}@example.com`;
    await mail(`Ma Lin <${address}>`, 'By mail first');
    const [contact] = (await search(address)).items;

    const session = await visitorSession(t, 'en');
    const widget = await connect(baseUrl, '/widget', { token: session.visitorToken });
    try {
      t.clock.advance(1000);
      const left = expectAck(await widget.emit<LeaveMessageAck>(CHAT_EVENTS.leaveMessage, { text: 'Then by chat', email: address.toUpperCase() }));
      const history = await profile(contact.id);
      expect(history.tickets.map((x: { id: string; channel: string }) => [x.channel, x.id === left.ticketId])).toEqual([
        ['chat', true],
        ['email', false],
      ]);
      expect(history.conversations).toEqual([expect.objectContaining({ id: session.conversationId, ticketId: left.ticketId })]);
      expect((await ticket(left.ticketId)).requester).toEqual({ contactId: contact.id, name: 'Ma Lin', email: address });
    } finally {
      widget.socket.close();
    }
  });

  it('never shows contacts to customers', async () => {
    const customer = await registerCustomer(t);
    const [own] = (await search(customer.email)).items;
    expectProblem(await t.http().get('/api/v1/contacts').query({ q: customer.email }).auth(customer.token, { type: 'bearer' }), 403, 'forbidden');
    expectProblem(await t.http().get(`/api/v1/contacts/${own.id}`).auth(customer.token, { type: 'bearer' }), 403, 'forbidden');
    expectProblem(
      await t.http().post(`/api/v1/contacts/${own.id}/merge`).auth(customer.token, { type: 'bearer' }).send({ intoContactId: own.id }),
      403,
      'forbidden',
    );
    await t.http().get('/api/v1/contacts').expect(401);
    expectProblem(await t.http().get(`/api/v1/contacts/${randomUUID()}`).auth(agent, { type: 'bearer' }), 404, 'contact_not_found');
  });

  describe('merging two contacts that are the same person', () => {
    it('moves the duplicate\'s tickets to the wallet customer, audits it, and later mail from the address joins the survivor', async () => {
      const customer = await walletCustomer(`Wu ${unique()}`);
      const [survivor] = (await search(customer.email)).items;
      const otherAddress = `wu-home-${unique()}@example.com`;
      await mail(`Wu <${otherAddress}>`, 'From my other address');
      const [duplicate] = (await search(otherAddress)).items;
      const [moved] = (await profile(duplicate.id)).tickets;

      expectProblem(
        await t.http().post(`/api/v1/contacts/${duplicate.id}/merge`).auth(agent, { type: 'bearer' }).send({ intoContactId: survivor.id }),
        403,
        'forbidden',
      );
      const merged = await t.http().post(`/api/v1/contacts/${duplicate.id}/merge`).auth(admin, { type: 'bearer' }).send({ intoContactId: survivor.id }).expect(200);
      expect(merged.body).toMatchObject({ id: survivor.id, customerId: customer.id });

      const history = await profile(survivor.id);
      expect(history.tickets.map((x: { id: string }) => x.id)).toEqual([moved.id]);
      const detail = await ticket(moved.id);
      expect(detail).toMatchObject({ customerId: customer.id, requester: { contactId: survivor.id, customerId: customer.id } });
      expect(detail.events).toContainEqual(
        expect.objectContaining({ action: 'contact_merged', actor: { type: 'agent', id: expect.any(String) }, changes: expect.objectContaining({ contactId: { from: duplicate.id, to: survivor.id } }) }),
      );
      expect((await search(otherAddress)).items).toEqual([]);
      const [mergeRecord] = await t.app.get(DataSource).query(`SELECT merged_by, merged_at FROM contacts WHERE id = $1`, [duplicate.id]);
      expect(mergeRecord).toEqual({ merged_by: expect.any(String), merged_at: t.clock.now() });
      expect(await profile(duplicate.id)).toMatchObject({ mergedInto: survivor.id, tickets: [] });
      // The customer now sees the ticket as theirs in the app.
      const mine = await t.http().get('/api/v1/tickets/mine').auth(customer.token, { type: 'bearer' }).expect(200);
      expect(mine.body.items.map((x: { id: string }) => x.id)).toContain(moved.id);

      await mail(`Wu <${otherAddress}>`, 'Again from my other address');
      expect((await profile(survivor.id)).tickets.map((x: { subject: string }) => x.subject)).toEqual(['Again from my other address', 'From my other address']);
    });

    it('refuses to merge a wallet customer away, a contact into itself, or one already merged', async () => {
      const first = (await search((await walletCustomer(`Xu ${unique()}`)).email)).items[0];
      const address = `xu-${unique()}@example.com`;
      await mail(address, 'Hello');
      const byMail = (await search(address)).items[0];
      const merge = (id: string, intoContactId: string) =>
        t.http().post(`/api/v1/contacts/${id}/merge`).auth(admin, { type: 'bearer' }).send({ intoContactId });

      expectProblem(await merge(first.id, byMail.id), 422, 'contacts_not_mergeable');
      expectProblem(await merge(byMail.id, byMail.id), 422, 'contacts_not_mergeable');
      expectProblem(await merge(byMail.id, randomUUID()), 404, 'contact_not_found');
      await merge(byMail.id, first.id).expect(200);
      expectProblem(await merge(byMail.id, first.id), 422, 'contacts_not_mergeable');
      expectProblem(await merge(first.id, 'not-a-uuid'), 400, 'validation_failed');
    });
  });
});
