import { AgentDirectory } from '@okpay/auth';
import { AgentPresenceService, ChatAssignment, ChatQueue, OFFER_TIMEOUT_MS } from '@okpay/routing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { expectProblem } from './support/problem';
import { startTestApp, TestApp } from './support/test-app';
import { agentLogin, registerCustomer } from './support/wallet-fixtures';

const WEDNESDAY_10_00 = '2027-01-06T02:00:00Z'; // Shanghai

describe('chat routing', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp({ now: WEDNESDAY_10_00 });
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    t.clock.set(WEDNESDAY_10_00);
    // Each test starts with an empty queue and everyone offline.
    await db.query(`DELETE FROM chat_queue_entries`);
    await db.query(`UPDATE agent_routing_profiles SET presence = 'offline', active_chats = 0`);
  });

  interface TestAgent {
    readonly id: string;
    readonly token: string;
  }
  const newAgent = async (capacity = 1, languages = ['zh-CN', 'en']): Promise<TestAgent> => {
    const email = `a-${randomUUID().slice(0, 8)}@okpay.test`;
    const agent = await t.app.get(AgentDirectory).create({ email, name: 'Agent', role: 'agent', password: 'agent-test-password' });
    await t.app.get(AgentPresenceService).changeProfile(agent.id, { chatCapacity: capacity, languages });
    return { id: agent.id, token: await agentLogin(t, email, 'agent-test-password') };
  };
  const online = (agent: TestAgent) =>
    t.http().put('/api/v1/agents/me/presence').auth(agent.token, { type: 'bearer' }).send({ presence: 'online' }).expect(200);
  const heartbeat = (agent: TestAgent) => t.http().post('/api/v1/agents/me/heartbeat').auth(agent.token, { type: 'bearer' }).expect(204);
  const visitor = async () => (await t.http().post('/api/v1/widget/sessions').send({ locale: 'en' }).expect(201)).body as { visitorToken: string; conversationId: string };
  const askForAgent = async (v: { visitorToken: string }, language = 'en') =>
    (await t.http().post('/api/v1/chat-queue/requests').auth(v.visitorToken, { type: 'bearer' }).send({ language }).expect(201)).body;
  const mine = async (agent: TestAgent) => (await t.http().get('/api/v1/chat-queue/mine').auth(agent.token, { type: 'bearer' }).expect(200)).body;

  it('sends a chat out of hours to the fallback with the next opening', async () => {
    await online(await newAgent());
    t.clock.set('2027-01-08T11:00:00Z'); // Friday 19:00
    expect(await askForAgent(await visitor())).toEqual({ admitted: false, reason: 'closed', nextOpening: '2027-01-11T01:00:00.000Z' });
  });

  it('sends a chat to the fallback when no agent with the language is online', async () => {
    await online(await newAgent(1, ['zh-CN']));
    expect(await askForAgent(await visitor(), 'en')).toMatchObject({ admitted: false, reason: 'no_agents_available' });
  });

  it('offers a chat to an available agent, who accepts it; the next waits its turn', async () => {
    const agent = await newAgent(1);
    await online(agent);
    const first = await visitor();
    expect(await askForAgent(first)).toEqual({ admitted: true, status: 'offered', position: 0 });
    const [offer] = await mine(agent);
    expect(offer).toMatchObject({ conversationId: first.conversationId, status: 'offered', offerExpiresAt: '2027-01-06T02:00:30.000Z' });
    await t.http().post(`/api/v1/chat-queue/${offer.id}/accept`).auth(agent.token, { type: 'bearer' }).expect(200);

    const second = await visitor();
    expect(await askForAgent(second)).toMatchObject({ admitted: true, status: 'waiting', position: 1 });
    t.clock.advance(5 * 60_000);
    await heartbeat(agent); // the inbox sends one every ~20 s
    await t.http().post(`/api/v1/chat-queue/${offer.id}/close`).auth(agent.token, { type: 'bearer' }).expect(200);
    expect((await mine(agent)).map((c: { conversationId: string }) => c.conversationId)).toEqual([second.conversationId]);
  });

  it('picks the longest-idle agent with free capacity', async () => {
    const early = await newAgent();
    const late = await newAgent();
    await online(early);
    t.clock.advance(20_000);
    await online(late);
    await askForAgent(await visitor());
    expect(await mine(early)).toHaveLength(1);
    expect(await mine(late)).toHaveLength(0);
  });

  it('moves a lapsed offer to the next agent, never straight back, and refuses a late accept', async () => {
    const a = await newAgent();
    const b = await newAgent();
    await online(a);
    const v = await visitor();
    await askForAgent(v);
    const [offer] = await mine(a);
    await online(b);

    t.clock.advance(OFFER_TIMEOUT_MS);
    const job = await db.query(`SELECT data FROM pgboss.job WHERE name = 'routing.chat-offer-timeout' AND data->>'entryId' = $1`, [offer.id]);
    expect(job).toHaveLength(1);
    await t.app.get(ChatAssignment).offerTimedOut(job[0].data);
    expect(await mine(a)).toHaveLength(0);
    expect((await mine(b))[0]).toMatchObject({ id: offer.id, status: 'offered' });
    expectProblem(await t.http().post(`/api/v1/chat-queue/${offer.id}/accept`).auth(a.token, { type: 'bearer' }), 404, 'chat_offer_not_found');
  });

  it('requeues the chats of an agent who drops, at the front, with their first arrival', async () => {
    const a = await newAgent(2);
    await online(a);
    const v1 = await visitor();
    await askForAgent(v1);
    const [owned] = await mine(a);
    await t.http().post(`/api/v1/chat-queue/${owned.id}/accept`).auth(a.token, { type: 'bearer' }).expect(200);
    t.clock.advance(20_000);
    const b = await newAgent(1);
    await online(b);
    const v2 = await visitor(); // b is idle, a is in a chat: b gets it
    await askForAgent(v2);
    t.clock.advance(20_000);
    await heartbeat(a);
    const v3 = await visitor(); // b is full; a has room
    await askForAgent(v3);

    // a stops sending heartbeats: the durable check takes them offline.
    const [beat] = await db.query(`SELECT data FROM pgboss.job WHERE name = 'routing.agent-heartbeat-timeout' AND data->>'agentId' = $1 ORDER BY created_on DESC LIMIT 1`, [a.id]);
    t.clock.advance(2 * 60_000);
    expect(await t.app.get(AgentPresenceService).heartbeatTimedOut(beat.data)).toBe(true);

    // a's chats are back, the one a owned at the very front with its first arrival; b is full.
    const waiting = (await t.http().get('/api/v1/chat-queue').auth(b.token, { type: 'bearer' }).expect(200)).body;
    expect(waiting.map((e: { conversationId: string }) => e.conversationId)).toEqual([v1.conversationId, v3.conversationId]);
    expect(waiting[0]).toMatchObject({ arrivedAt: '2027-01-06T02:00:00.000Z', priority: 1000, status: 'waiting' });
    expect((await mine(b)).map((c: { conversationId: string }) => c.conversationId)).toEqual([v2.conversationId]);
  });

  it('keeps the first arrival when an agent transfers a chat, and when a waiting chat becomes a callback', async () => {
    const a = await newAgent(1);
    const b = await newAgent(1);
    await online(a);
    const first = await visitor();
    await askForAgent(first);
    const [offer] = await mine(a);
    await t.http().post(`/api/v1/chat-queue/${offer.id}/accept`).auth(a.token, { type: 'bearer' }).expect(200);
    t.clock.advance(20_000);
    const second = await visitor();
    await askForAgent(second); // waits: a is full, b is offline

    await online(b); // b takes the second chat
    await t.http().post(`/api/v1/chat-queue/${offer.id}/transfer`).auth(a.token, { type: 'bearer' }).expect(200);
    // Back in line by its first arrival, not offered straight back to a, so nobody has it yet.
    const waiting = (await t.http().get('/api/v1/chat-queue').auth(a.token, { type: 'bearer' }).expect(200)).body;
    expect(waiting).toEqual([expect.objectContaining({ conversationId: first.conversationId, arrivedAt: '2027-01-06T02:00:00.000Z' })]);

    await t.http().put('/api/v1/agents/me/presence').auth(a.token, { type: 'bearer' }).send({ presence: 'away' }).expect(200);
    t.clock.advance(20_000);
    const third = await visitor();
    expect(await askForAgent(third)).toMatchObject({ status: 'waiting' });
    const callback = await t.http().post('/api/v1/chat-queue/requests/mine/callback').auth(third.visitorToken, { type: 'bearer' })
      .send({ phone: '+86 133 0013 3001', topic: 'rather talk', locale: 'en' }).expect(201);
    expect(callback.body.status).toBe('scheduled');
    const list = (await t.http().get('/api/v1/callbacks').auth(a.token, { type: 'bearer' }).expect(200)).body;
    expect(list.find((c: { id: string }) => c.id === callback.body.id)).toMatchObject({ arrivedAt: '2027-01-06T02:00:40.000Z' });
    expectProblem(await t.http().get('/api/v1/chat-queue/requests/mine').auth(third.visitorToken, { type: 'bearer' }), 404, 'not_queued');
  });

  it('makes exactly 6 offers from 50 concurrent assignment runs for 3 agents of capacity 2', async () => {
    const agents = [await newAgent(2), await newAgent(2), await newAgent(2)];
    const now = t.clock.now();
    for (let i = 0; i < 10; i++) {
      await db.query(
        `INSERT INTO chat_queue_entries (id, conversation_id, language, priority, arrived_at, status, updated_at) VALUES ($1, $2, 'en', 0, $3, 'waiting', $3)`,
        [randomUUID(), randomUUID(), new Date(now.getTime() + i)],
      );
    }
    await db.query(`UPDATE agent_routing_profiles SET presence = 'online', last_heartbeat_at = $2 WHERE agent_id = ANY($1::uuid[])`, [agents.map((a) => a.id), now]);

    const assignment = t.app.get(ChatAssignment);
    const results = await Promise.all(Array.from({ length: 50 }, () => assignment.offerNext()));
    expect(results.filter(Boolean)).toHaveLength(6);
    const load = await db.query(`SELECT offered_agent_id, count(*)::int AS n FROM chat_queue_entries WHERE status = 'offered' GROUP BY 1`);
    expect(load.map((l: { n: number }) => l.n)).toEqual([2, 2, 2]);
    const capacity = await db.query(`SELECT active_chats FROM agent_routing_profiles WHERE agent_id = ANY($1::uuid[])`, [agents.map((a) => a.id)]);
    expect(capacity.map((c: { active_chats: number }) => c.active_chats)).toEqual([2, 2, 2]);
  });

  describe('waiting customers', () => {
    /** Five closed chats of 10 minutes: enough history to estimate. */
    const history = async () => {
      const start = new Date('2027-01-05T02:00:00Z');
      for (let i = 0; i < 5; i++) {
        await db.query(
          `INSERT INTO chat_queue_entries (id, conversation_id, language, priority, arrived_at, status, assigned_at, closed_at, updated_at)
           VALUES ($1, $2, 'en', 0, $3, 'closed', $3, $4, $4)`,
          [randomUUID(), randomUUID(), start, new Date(start.getTime() + 10 * 60_000)],
        );
      }
    };

    it('get a position, an estimate only once there is history, and updates as the queue moves', async () => {
      const agent = await newAgent(1);
      await online(agent);
      await askForAgent(await visitor()); // takes the agent
      const v = await visitor();
      expect(await askForAgent(v)).toEqual({ admitted: true, status: 'waiting', position: 1 });
      await history();
      const position = (await t.http().get('/api/v1/chat-queue/requests/mine').auth(v.visitorToken, { type: 'bearer' }).expect(200)).body;
      expect(position).toEqual({ status: 'waiting', position: 1, estimatedWaitSeconds: 600 });
    });

    it('are not queued near closing when the wait would run past closing', async () => {
      t.clock.set('2027-01-06T09:50:00Z'); // 17:50
      const agent = await newAgent(1);
      await online(agent);
      await history();
      await askForAgent(await visitor()); // takes the agent
      expect(await askForAgent(await visitor())).toMatchObject({ admitted: true, position: 1 }); // 10 min: fits before 18:00
      expect(await askForAgent(await visitor())).toEqual({ admitted: false, reason: 'closing_soon', nextOpening: '2027-01-07T01:00:00.000Z' });
    });

    it('keep their place through a short disconnect, and lose it after the grace period', async () => {
      await online(await newAgent(1));
      await askForAgent(await visitor());
      const kept = await visitor();
      const lost = await visitor();
      await askForAgent(kept);
      await askForAgent(lost);
      const queue = t.app.get(ChatQueue);
      await queue.disconnected(kept.conversationId);
      await queue.disconnected(lost.conversationId);
      await queue.reconnected(kept.conversationId);
      const graceJobs = await db.query(`SELECT data FROM pgboss.job WHERE name = 'routing.chat-disconnect-grace'`);
      const results = await Promise.all(graceJobs.map((j: { data: never }) => queue.graceExpired(j.data)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect((await queue.position(kept.conversationId))?.position).toBe(1);
      expect(await queue.position(lost.conversationId)).toBeNull();
    });
  });

  it('reports queue metrics to agents and accepts requests only from widget visitors', async () => {
    const agent = await newAgent(1);
    await online(agent);
    await askForAgent(await visitor());
    await askForAgent(await visitor());
    const metrics = (await t.http().get('/api/v1/chat-queue/metrics').auth(agent.token, { type: 'bearer' }).expect(200)).body;
    expect(metrics).toMatchObject({ waiting: 1, agentsOnline: 1, agentsAvailable: 0, oldestWaitSeconds: 0 });
    const customer = await registerCustomer(t);
    expectProblem(await t.http().post('/api/v1/chat-queue/requests').auth(customer.token, { type: 'bearer' }).send({ language: 'en' }), 403, 'forbidden');
  });
});
