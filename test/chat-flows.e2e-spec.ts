import { signWidgetIdentity } from '@okpay/auth';
import { ChatMessage, ConversationClosed, ConversationOffered, HandoffUnavailable, QueueUpdate } from '@okpay/contracts';
import { AgentPresenceService } from '@okpay/routing';
import { DataSource } from 'typeorm';
import { ChatClient, connect, expectAck, listen, newChatAgent, TestChatAgent, visitorSession } from './support/chat-clients';
import { expectProblem } from './support/problem';
import { startTestApp, TEST_WIDGET_IDENTITY_SECRET, TestApp } from './support/test-app';
import { registerCustomer } from './support/wallet-fixtures';
import { PEOPLE_ONLY_CHAT } from './support/people-only-responder';

const WEDNESDAY_10_00 = '2027-01-06T02:00:00Z'; // Shanghai: open
const FRIDAY_19_00 = '2027-01-08T11:00:00Z'; // Shanghai: closed until Monday 09:00
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

describe('live chat flows', () => {
  jest.setTimeout(60_000);
  let t: TestApp;
  let baseUrl: string;
  let db: DataSource;
  const clients: ChatClient[] = [];
  const track = (client: ChatClient) => {
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    t = await startTestApp({ now: WEDNESDAY_10_00, overrides: PEOPLE_ONLY_CHAT });
    baseUrl = await listen(t);
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    t.clock.set(WEDNESDAY_10_00);
    await db.query(`UPDATE chat_queue_entries SET status = 'closed', offered_agent_id = NULL, offer_expires_at = NULL WHERE status IN ('waiting', 'offered', 'assigned')`);
    await db.query(`UPDATE agent_routing_profiles SET presence = 'offline', active_chats = 0`);
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });

  const widget = async (token: string, extra: Record<string, unknown> = {}) => track(await connect(baseUrl, '/widget', { token, ...extra }));
  const agentSocket = async (agent: TestChatAgent) => {
    const client = track(await connect(baseUrl, '/agent', { token: agent.token }));
    await client.untilOnline();
    return client;
  };
  const acceptedChat = async () => {
    const agent = await newChatAgent(t);
    const inbox = await agentSocket(agent);
    const session = await visitorSession(t);
    const customer = await widget(session.visitorToken);
    await customer.send('I need a person');
    await inbox.next<ConversationOffered>('conversation:offered', (o) => o.conversationId === session.conversationId);
    expectAck(await inbox.emit('conversation:accept', { conversationId: session.conversationId }));
    return { agent, inbox, session, customer };
  };

  it('limits the events one socket may send', async () => {
    const session = await visitorSession(t);
    const client = await widget(session.visitorToken);
    const answers = [];
    for (let i = 0; i < 21; i++) answers.push(await client.emit('message:send', { clientId: `burst-${i}`, text: `hi ${i}` }));
    expect(answers.slice(0, 20).every((a) => !('error' in a))).toBe(true);
    expect(answers[20]).toMatchObject({ error: { code: 'socket_rate_limited', retryAfterSeconds: expect.any(Number) } });
    t.clock.advance(10_000); // the bucket refills on the app clock
    expect(await client.emit('message:send', { clientId: 'after-pause', text: 'hi again' })).toMatchObject({ seq: expect.any(Number) });
  });

  it('takes images and PDFs checked by content, and sends them as messages', async () => {
    const session = await visitorSession(t);
    const client = await widget(session.visitorToken);
    const upload = (content: Buffer, token = session.visitorToken, query = '?fileName=receipt.png') =>
      t.http().post(`/api/v1/chat/attachments${query}`).auth(token, { type: 'bearer' }).set('content-type', 'application/octet-stream').send(content);
    const uploaded = await upload(PNG).expect(201);
    expect(uploaded.body).toMatchObject({ fileName: 'receipt.png', contentType: 'image/png', size: PNG.length });

    expectProblem(await upload(Buffer.from('<svg onload=alert(1)>'), session.visitorToken, '?fileName=cat.png'), 400, 'unsupported_attachment_type');
    expectProblem(await upload(Buffer.alloc(10 * 1024 * 1024 + 1, 0x25)), 413, 'payload_too_large');

    const ack = expectAck(await client.emit('message:send', { clientId: 'file-1', text: '', attachmentId: uploaded.body.id }));
    const message = await client.next<ChatMessage>('message:new', (m) => m.id === ack.id);
    expect(message.attachment).toMatchObject({ id: uploaded.body.id, contentType: 'image/png' });
    const file = await t.http().get(message.attachment!.url).auth(session.visitorToken, { type: 'bearer' }).expect(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.headers['x-content-type-options']).toBe('nosniff');

    // Another visitor can neither fetch it nor send it.
    const stranger = await visitorSession(t);
    expectProblem(await t.http().get(message.attachment!.url).auth(stranger.visitorToken, { type: 'bearer' }), 404, 'attachment_not_found');
    const strangerClient = await widget(stranger.visitorToken);
    const attachmentId = (uploaded.body as { id: string }).id;
    expect(await strangerClient.emit('message:send', { clientId: 'steal', text: '', attachmentId })).toMatchObject({
      error: { code: 'attachment_not_found' },
    });
  });

  it('requeues the chats of an agent whose connection dropped, through the heartbeat timeout job', async () => {
    const { agent, inbox, session, customer } = await acceptedChat();
    inbox.close();
    const [{ last_heartbeat_at }] = await db.query(`SELECT last_heartbeat_at FROM agent_routing_profiles WHERE agent_id = $1`, [agent.id]);
    t.clock.advance(61_000);
    const second = await agentSocket(await newChatAgent(t));
    expect(await t.app.get(AgentPresenceService).heartbeatTimedOut({ agentId: agent.id, heartbeatAt: new Date(last_heartbeat_at).toISOString() })).toBe(true);
    const offer = await second.next<ConversationOffered>('conversation:offered', (o) => o.conversationId === session.conversationId);
    expect(offer.conversationId).toBe(session.conversationId);
    const [entry] = await db.query(`SELECT status, priority FROM chat_queue_entries WHERE conversation_id = $1 AND status <> 'closed'`, [session.conversationId]);
    expect(entry).toEqual({ status: 'offered', priority: 1000 });
    expect(customer.events<QueueUpdate>('queue:update').length).toBeGreaterThan(0);
  });

  it('closes a chat with a CSAT prompt; the customer rates it once', async () => {
    const { inbox, session, customer } = await acceptedChat();
    expect(await inbox.emit('conversation:close', { conversationId: session.conversationId })).toEqual({ ok: true });
    expect(await customer.next<ConversationClosed>('conversation:closed')).toEqual({ conversationId: session.conversationId, csat: true });
    expect(await customer.emit('csat:submit', { score: 5, comment: 'quick' })).toEqual({ ok: true });
    expect(await customer.emit('csat:submit', { score: 1 })).toMatchObject({ error: { code: 'csat_not_allowed' } });
    expect(await customer.emit('csat:submit', { score: 9 })).toMatchObject({ error: { code: 'validation_failed' } });
    const [row] = await db.query(`SELECT status, csat_score FROM conversations WHERE id = $1`, [session.conversationId]);
    expect(row).toEqual({ status: 'closed', csat_score: 5 });
  });

  it('transfers a chat back to the queue for another agent', async () => {
    const { agent, inbox, session, customer } = await acceptedChat();
    const other = await agentSocket(await newChatAgent(t));
    expect(await inbox.emit('conversation:transfer', { conversationId: session.conversationId })).toEqual({ ok: true });
    await inbox.next('conversation:offer-withdrawn', (w: { conversationId: string }) => w.conversationId === session.conversationId);
    await other.next<ConversationOffered>('conversation:offered', (o) => o.conversationId === session.conversationId);
    expect(await customer.next<ChatMessage>('message:new', (m) => m.author.type === 'system' && /another agent/.test(m.text))).toBeDefined();
    expect(await inbox.emit('message:send', { clientId: 'late', conversationId: session.conversationId, text: 'still here?' })).toMatchObject({
      error: { code: 'chat_not_found' },
    });
    expect(agent.id).not.toBe('');
  });

  it('offers to leave a message when closed; the message becomes a ticket with a callback offer', async () => {
    t.clock.set(FRIDAY_19_00);
    const session = await visitorSession(t);
    const customer = await widget(session.visitorToken);
    await customer.send('My top-up is missing');
    const unavailable = await customer.next<HandoffUnavailable>('conversation:unavailable');
    expect(unavailable).toEqual({ reason: 'closed', nextOpening: '2027-01-11T01:00:00.000Z' });
    await customer.next<ChatMessage>('message:new', (m) => m.author.type === 'system');
    const left = await customer.emit<{ ticketId: string; ticketNumber: number; callbackOffer: unknown }>('conversation:leave-message', {
      text: 'My top-up of 100 CNY is missing',
      email: 'me@example.com',
    });
    expect(left).toMatchObject({ ticketId: expect.any(String), ticketNumber: expect.any(Number), callbackOffer: { nextOpening: '2027-01-11T01:00:00.000Z' } });
    const [ticket] = await db.query(`SELECT channel, subject FROM tickets WHERE id = $1`, [(left as { ticketId: string }).ticketId]);
    expect(ticket).toEqual({ channel: 'chat', subject: 'My top-up of 100 CNY is missing' });
    expect(await customer.emit('conversation:leave-message', { text: 'again' })).toMatchObject({ error: { code: 'message_already_left' } });
    const callback = await customer.emit<{ callbackId: string; scheduledFor: string }>('conversation:request-callback', { phone: '+8613800138000' });
    expect(callback).toMatchObject({ callbackId: expect.any(String), scheduledFor: expect.any(String) });
  });

  it('books a call back to a UK number once however often asked, and words its time in the visitor’s zone', async () => {
    const session = await visitorSession(t);
    const client = await widget(session.visitorToken);
    const ask = () => client.emit<{ callbackId: string; scheduledFor: string }>('conversation:request-callback', { phone: '+44 7911 123456', timeZone: 'Europe/London' });
    const first = expectAck(await ask());
    const again = expectAck(await ask());
    expect(again).toEqual(first);
    // Wednesday 10:00 in Shanghai is 02:00 in London: the first London daytime hour, 08:00, is 16:00 in Shanghai.
    expect(first.scheduledFor).toBe('2027-01-06T08:00:00.000Z');
    const notices = (await client.messageCount(1)).filter((m) => m.author.type === 'system');
    expect(notices.map((m) => m.text)).toEqual(['We will call you back around Jan 6, 2027, 08:00 AM GMT.']);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM callback_requests WHERE phone = '+447911123456'`);
    expect(n).toBe(1);
    expect(await client.emit('conversation:request-callback', { phone: '+44 7911 123456', timeZone: 'Mars/Olympus' })).toMatchObject({ error: { code: 'validation_failed' } });
  });

  it('identifies a logged-in wallet customer by a host-signed identity, never by an unsigned id', async () => {
    const customer = await registerCustomer(t);
    const identity = signWidgetIdentity(TEST_WIDGET_IDENTITY_SECRET, customer.id, new Date(Date.parse(WEDNESDAY_10_00) + 5 * 60_000));
    const exchanged = await t.http().post('/api/v1/widget/identities').send({ identity }).expect(201);
    expect(exchanged.body).toEqual({ token: expect.any(String), customerId: customer.id });
    const client = await widget(exchanged.body.token);
    const session = await client.next<{ conversationId: string }>('conversation:session');
    const [row] = await db.query(`SELECT customer_id FROM conversations WHERE id = $1`, [session.conversationId]);
    expect(row.customer_id).toBe(customer.id);
    // Widget-only: the wallet API does not take it.
    expectProblem(await t.http().get('/api/v1/wallet/accounts').auth(exchanged.body.token, { type: 'bearer' }), 401, 'invalid_token');
    const forged = `${customer.id}.${identity.split('.')[1]}.${'A'.repeat(43)}`;
    expectProblem(await t.http().post('/api/v1/widget/identities').send({ identity: forged }), 401, 'invalid_widget_identity');
  });

  it('lists an agent their chats and gives the history with notes over REST', async () => {
    const { agent, inbox, session } = await acceptedChat();
    expectAck(await inbox.emit('message:send', { clientId: 'note-1', conversationId: session.conversationId, text: 'VIP', internal: true }));
    const mine = await t.http().get('/api/v1/conversations/mine').auth(agent.token, { type: 'bearer' }).expect(200);
    expect(mine.body).toEqual([expect.objectContaining({ id: session.conversationId, routing: expect.objectContaining({ status: 'assigned', agentId: agent.id }) })]);
    const history = await t.http().get(`/api/v1/conversations/${session.conversationId}/messages`).auth(agent.token, { type: 'bearer' }).expect(200);
    expect(history.body.items.map((m: ChatMessage) => [m.author.type, m.internal])).toEqual([
      ['customer', false],
      ['system', false],
      ['agent', true],
    ]);
    expectProblem(await t.http().get(`/api/v1/conversations/${session.conversationId}/messages`).auth(session.visitorToken, { type: 'bearer' }), 403, 'forbidden');
  });
});
