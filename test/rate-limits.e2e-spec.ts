import { signWidgetIdentity } from '@okpay/auth';
import { DEFAULT_RATE_LIMIT_RULES } from '@okpay/shared';
import { RateLimitCounters } from '@okpay/database';
import { io } from 'socket.io-client';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { ChatClient, listen } from './support/chat-clients';
import { expectProblem } from './support/problem';
import { startTestApp, TEST_WIDGET_IDENTITY_SECRET, TestApp } from './support/test-app';
import { registerCustomer } from './support/wallet-fixtures';

const WEDNESDAY_10_00 = '2027-01-06T02:00:00Z'; // Shanghai: open; a whole minute, so a window starts here
const MINUTE = 60_000;

/** Small limits so a test reaches them; the phone limit keeps its default, to prove the default is real. */
const ENV = {
  RATE_LIMITS: [
    'ticket_create.address=3/60',
    'ticket_create.identity=2/60',
    'callback_request.address=2/60',
    'widget_session.address=2/60',
    'customer_register.address=2/60',
    'bot_message.address=3/60',
    'bot_message.identity=2/60',
    'socket_connect.address=4/60',
    'socket_connect.identity=2/60',
  ].join(','),
  CHAT_EVENT_BURST: '5',
  CHAT_EVENTS_PER_MINUTE: '1',
};

/** Every request of these tests comes from an address no other request used, unless a test says so. */
let addresses = 0;
const newAddress = () => `203.0.113.${++addresses}`;

/** A 429 problem whose Retry-After runs to the end of the window (`window` s at most). */
function expectRateLimited(response: supertest.Response, windowSeconds: number): void {
  expectProblem(response, 429, 'rate_limited');
  const retryAfter = Number(response.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
  expect(response.body.retryAfterSeconds).toBe(retryAfter);
}

/** Connects to `/widget` from `address`; resolves with the client, or rejects with the handshake error's data. */
function connectFrom(baseUrl: string, address: string, token: string): Promise<ChatClient> {
  const socket = io(`${baseUrl}/widget`, {
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: { 'X-Forwarded-For': address },
  });
  const client = new ChatClient(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(client));
    socket.once('connect_error', (error: Error & { data?: unknown }) => {
      socket.close();
      reject(Object.assign(new Error(error.message), { data: error.data }));
    });
  });
}

describe('rate limits', () => {
  jest.setTimeout(120_000);
  let t: TestApp;
  let db: DataSource;
  let baseUrl: string;
  const clients: ChatClient[] = [];

  beforeAll(async () => {
    t = await startTestApp({ now: WEDNESDAY_10_00, env: ENV });
    db = t.app.get(DataSource);
    baseUrl = await listen(t);
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(WEDNESDAY_10_00));
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });

  const count = async (sql: string, params: unknown[] = []) => (await db.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;
  const visitorToken = async (address = newAddress()) =>
    (await t.http().post('/api/v1/widget/sessions').set('X-Forwarded-For', address).send({ locale: 'en' }).expect(201)).body.visitorToken as string;
  const widget = async (token: string, address = newAddress()) => {
    const client = await connectFrom(baseUrl, address, token);
    clients.push(client);
    return client;
  };

  it('ticket creation: per address and per customer, until the window passes', async () => {
    const customers = await Promise.all([1, 2, 3, 4].map(() => registerCustomer(t)));
    const open = (customer: { token: string }, address: string) =>
      t.http().post('/api/v1/tickets').set('X-Forwarded-For', address).auth(customer.token, { type: 'bearer' }).send({ subject: 'Help', body: 'Please help' });
    const office = newAddress();
    for (const customer of customers.slice(0, 3)) await open(customer, office).expect(201);
    const before = await count('tickets');
    expectRateLimited(await open(customers[3], office), 60);
    expect(await count('tickets')).toBe(before);
    await open(customers[3], newAddress()).expect(201);

    // One customer from ever new addresses: their own limit (2) holds.
    await open(customers[0], newAddress()).expect(201);
    expectRateLimited(await open(customers[0], newAddress()), 60);

    t.clock.advance(MINUTE);
    await open(customers[0], office).expect(201);
  });

  it('anonymous callbacks: per address, and one phone number at most three times a day whoever asks', async () => {
    const ask = (phone: string, address: string, token?: string) => {
      const request = t.http().post('/api/v1/callbacks').set('X-Forwarded-For', address);
      if (token) request.auth(token, { type: 'bearer' });
      return request.send({ phone, topic: 'Top-up missing', locale: 'en' });
    };
    const flat = newAddress();
    await ask('+8613800138001', flat).expect(201);
    await ask('+8613800138002', flat).expect(201);
    const before = await count('callback_requests');
    expectRateLimited(await ask('+8613800138003', flat), 60);
    expect(await count('callback_requests')).toBe(before);
    await ask('+8613800138003', newAddress()).expect(201);

    // The same number, written three ways, asked and cancelled from three addresses: the fourth is refused.
    const customer = await registerCustomer(t);
    for (const phone of ['+8613800138004', '138 0013 8004', '+86 138-0013-8004']) {
      const asked = await ask(phone, newAddress(), customer.token).expect(201);
      await t.http().post(`/api/v1/callbacks/${asked.body.id}/cancel`).auth(customer.token, { type: 'bearer' }).expect(200);
    }
    const phoneRule = DEFAULT_RATE_LIMIT_RULES['callback_request.phone']!;
    expect(phoneRule.max).toBe(3);
    const stored = await count('callback_requests WHERE phone = $1', ['+8613800138004']);
    expectRateLimited(await ask('13800138004', newAddress()), phoneRule.windowSeconds);
    expect(await count('callback_requests WHERE phone = $1', ['+8613800138004'])).toBe(stored);

    t.clock.advance(phoneRule.windowSeconds * 1000);
    await ask('13800138004', newAddress()).expect(201);
  });

  it('a callback asked for in the widget chat counts against the same phone number', async () => {
    const phone = '+8613800138009';
    const booked = await t.http().post('/api/v1/callbacks').set('X-Forwarded-For', newAddress()).send({ phone, topic: 'Card', locale: 'en' }).expect(201);
    // Asked again while scheduled: the same booking, and still counted for the number.
    for (let i = 0; i < 2; i++) {
      const again = await t.http().post('/api/v1/callbacks').set('X-Forwarded-For', newAddress()).send({ phone, topic: 'Card', locale: 'en' }).expect(201);
      expect(again.body.id).toBe(booked.body.id);
    }
    const client = await widget(await visitorToken());
    expect(await client.emit('conversation:request-callback', { phone: '138 0013 8009' })).toEqual({
      error: expect.objectContaining({ code: 'rate_limited', retryAfterSeconds: expect.any(Number) }),
    });
    expect(await count('callback_requests WHERE phone = $1', [phone])).toBe(1);
  });

  it('widget sessions and widget identities share one budget per address', async () => {
    const cafe = newAddress();
    await t.http().post('/api/v1/widget/sessions').set('X-Forwarded-For', cafe).send({ locale: 'en' }).expect(201);
    await t.http().post('/api/v1/widget/sessions').set('X-Forwarded-For', cafe).send({ locale: 'en' }).expect(201);
    const before = await count('visitor_sessions');
    expectRateLimited(await t.http().post('/api/v1/widget/sessions').set('X-Forwarded-For', cafe).send({ locale: 'en' }), 60);
    const customer = await registerCustomer(t);
    const identity = signWidgetIdentity(TEST_WIDGET_IDENTITY_SECRET, customer.id, new Date(Date.parse(WEDNESDAY_10_00) + 5 * MINUTE));
    expectRateLimited(await t.http().post('/api/v1/widget/identities').set('X-Forwarded-For', cafe).send({ identity }), 60);
    expect(await count('visitor_sessions')).toBe(before);

    await t.http().post('/api/v1/widget/sessions').set('X-Forwarded-For', newAddress()).send({ locale: 'en' }).expect(201);
    t.clock.advance(MINUTE);
    await t.http().post('/api/v1/widget/sessions').set('X-Forwarded-For', cafe).send({ locale: 'en' }).expect(201);
  });

  it('registration: per address', async () => {
    const register = (address: string, n: number) =>
      t
        .http()
        .post('/api/v1/auth/customers/register')
        .set('X-Forwarded-For', address)
        .send({ email: `limited-${addresses}-${n}@example.com`, password: 'correct horse battery', name: 'Limited', locale: 'en' });
    const home = newAddress();
    await register(home, 1).expect(201);
    await register(home, 2).expect(201);
    const before = await count('customer_credentials');
    expectRateLimited(await register(home, 3), 60);
    expect(await count('customer_credentials')).toBe(before);
    await register(newAddress(), 4).expect(201);
    t.clock.advance(MINUTE);
    await register(home, 5).expect(201);
  });

  it('bot messages: per address, and per visitor whatever their address', async () => {
    const ask = (address: string, token?: string) => {
      const request = t.http().post('/api/v1/bot/messages').set('X-Forwarded-For', address);
      if (token) request.auth(token, { type: 'bearer' });
      return request.send({ text: 'what fees do you charge', locale: 'en' });
    };
    const address = newAddress();
    for (let i = 0; i < 3; i++) await ask(address).expect(200);
    const before = await count('bot_turns');
    expectRateLimited(await ask(address), 60);
    expect(await count('bot_turns')).toBe(before);
    await ask(newAddress()).expect(200);

    const visitor = await visitorToken();
    await ask(newAddress(), visitor).expect(200);
    await ask(newAddress(), visitor).expect(200);
    expectRateLimited(await ask(newAddress(), visitor), 60);

    t.clock.advance(MINUTE);
    await ask(address).expect(200);
  });

  it("widget chat: the bot's answers count against the visitor's bot limit, and a refused message is not stored", async () => {
    const client = await widget(await visitorToken());
    const { conversationId } = await client.next<{ conversationId: string }>('conversation:session');
    await client.send('what fees do you charge');
    await client.send('how do I top up');
    const refused = await client.emit('message:send', { clientId: 'refused-1', text: 'and transfers?' });
    expect(refused).toEqual({ error: expect.objectContaining({ code: 'rate_limited', retryAfterSeconds: expect.any(Number) }) });
    expect(await count(`conversation_messages WHERE conversation_id = $1 AND author_type = 'customer'`, [conversationId])).toBe(2);
  });

  it('socket connections: per token identity and per address, refused at the handshake', async () => {
    const token = await visitorToken();
    await widget(token);
    await widget(token);
    await expect(widget(token)).rejects.toMatchObject({ data: { code: 'rate_limited', retryAfterSeconds: expect.any(Number) } });

    const sharedAddress = newAddress();
    for (let i = 0; i < 4; i++) await widget(await visitorToken(), sharedAddress);
    await expect(widget(await visitorToken(), sharedAddress)).rejects.toMatchObject({ data: { code: 'rate_limited' } });

    t.clock.advance(MINUTE);
    await widget(token);
  });

  it('socket events: a second socket of the same token does not bring a fresh burst', async () => {
    const typing = (client: ChatClient) => client.emit('typing', { isTyping: true });
    const token = await visitorToken();
    const first = await widget(token);
    // A burst of 5 at 0.1 a typing event: about 50, then refused (the clock stands still, nothing refills).
    let accepted = 0;
    while (accepted <= 60 && 'ok' in ((await typing(first)) as object)) accepted++;
    expect(accepted).toBeGreaterThanOrEqual(45);
    expect(accepted).toBeLessThanOrEqual(50);

    const second = await widget(token);
    expect(await typing(second)).toEqual({ error: expect.objectContaining({ code: 'socket_rate_limited' }) });
    const stranger = await widget(await visitorToken());
    expect(await typing(stranger)).toEqual({ ok: true });
  });

  it('ended windows are purged', async () => {
    await visitorToken();
    t.clock.advance(25 * 3600_000);
    await t.app.get(RateLimitCounters).purgeEnded(t.clock.now());
    expect(await count('rate_limit_counters WHERE window_end < $1', [t.clock.now()])).toBe(0);
  });

  describe('with a second app process on the same database', () => {
    let second: TestApp;
    let secondUrl: string;

    beforeAll(async () => {
      second = await startTestApp({ now: WEDNESDAY_10_00, env: ENV, databaseUrl: t.databaseUrl, seed: false });
      secondUrl = await listen(second);
    });
    afterAll(() => second.close());
    beforeEach(() => second.clock.set(WEDNESDAY_10_00));

    it('shares the counts: requests to either process spend one budget', async () => {
      const address = newAddress();
      const start = (app: TestApp) => app.http().post('/api/v1/widget/sessions').set('X-Forwarded-For', address).send({ locale: 'en' });
      await start(t).expect(201);
      await start(second).expect(201);
      expectRateLimited(await start(t), 60);
      expectRateLimited(await start(second), 60);
    });

    it('shares socket connection counts, so a second process does not multiply them', async () => {
      const token = await visitorToken();
      clients.push(await connectFrom(baseUrl, newAddress(), token));
      clients.push(await connectFrom(secondUrl, newAddress(), token));
      await expect(connectFrom(secondUrl, newAddress(), token)).rejects.toMatchObject({ data: { code: 'rate_limited' } });
    });
  });
});
