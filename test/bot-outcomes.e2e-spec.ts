import { AgentDirectory } from '@okpay/auth';
import { BOT_SILENCE_MS, BotOutcomes } from '@okpay/bot';
import { ChatMessage } from '@okpay/contracts';
import { AgentPresenceService } from '@okpay/routing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ChatClient, connect, listen, visitorSession } from './support/chat-clients';
import { expectProblem } from './support/problem';
import { startTestApp, TestApp } from './support/test-app';
import { adminToken, agentLogin, registerCustomer } from './support/wallet-fixtures';

const WEDNESDAY_10_00 = '2027-01-06T02:00:00Z'; // Asia/Shanghai, support open
const FRIDAY_19_00 = '2027-01-08T11:00:00Z'; // closed until Monday 09:00
const MINUTE = 60_000;

/** Every bot conversation ends handed off, resolved or abandoned; reports and agents read it. */
describe('bot conversation outcomes', () => {
  let t: TestApp;
  let db: DataSource;
  let outcomes: BotOutcomes;

  beforeAll(async () => {
    t = await startTestApp({ now: WEDNESDAY_10_00 });
    db = t.app.get(DataSource);
    outcomes = t.app.get(BotOutcomes);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    t.clock.set(WEDNESDAY_10_00);
    await db.query(`DELETE FROM chat_queue_entries`);
    await db.query(`UPDATE agent_routing_profiles SET presence = 'offline', active_chats = 0`);
  });

  const ask = async (text: string, conversationId?: string): Promise<{ conversationId: string; intent: string; handoff: unknown }> =>
    (await t.http().post('/api/v1/bot/messages').send({ text, ...(conversationId ? { conversationId } : {}) }).expect(200)).body;

  const outcomeOf = async (conversationId: string) =>
    (await db.query(`SELECT outcome, outcome_at, handed_off_to, resolution FROM bot_conversations WHERE id = $1`, [conversationId]))[0];

  /** The silence sweep, run by hand here (no worker runs in tests; in the app a cron job runs it every minute). */
  const sweep = () => outcomes.endSilentConversations();

  it('a conversation handed to a ticket is handed_off, and stays so when the customer then books a callback', async () => {
    t.clock.set(FRIDAY_19_00);
    const first = await ask('I want to talk to a real person');
    expect(first.handoff).toMatchObject({ target: 'ticket' });
    expect(await outcomeOf(first.conversationId)).toEqual({ outcome: 'handed_off', outcome_at: new Date(FRIDAY_19_00), handed_off_to: 'ticket', resolution: null });

    t.clock.advance(2 * MINUTE);
    await ask('+86 138 0013 8000', first.conversationId);
    expect(await outcomeOf(first.conversationId)).toMatchObject({ outcome: 'handed_off', handed_off_to: 'ticket', outcome_at: new Date(FRIDAY_19_00) });
    // Nothing is left to time out once people have it.
    t.clock.advance(BOT_SILENCE_MS * 2);
    await sweep();
    expect(await outcomeOf(first.conversationId)).toMatchObject({ outcome: 'handed_off', handed_off_to: 'ticket', outcome_at: new Date(FRIDAY_19_00) });
  });

  it('a conversation admitted to the chat queue is handed_off to the chat queue', async () => {
    const answered = await ask('充值一般多久到账');
    t.clock.advance(MINUTE);
    // An agent comes online to take it.
    const email = `outcomes-${randomUUID().slice(0, 8)}@okpay.test`;
    const agent = await t.app.get(AgentDirectory).create({ email, name: 'Agent', role: 'agent', password: 'agent-test-password' });
    await t.app.get(AgentPresenceService).changeProfile(agent.id, { chatCapacity: 2, languages: ['zh-CN', 'en'] });
    const token = await agentLogin(t, email, 'agent-test-password');
    await t.http().put('/api/v1/agents/me/presence').auth(token, { type: 'bearer' }).send({ presence: 'online' }).expect(200);

    const queued = await ask('转人工', answered.conversationId);
    expect(queued.handoff).toMatchObject({ target: 'chat_queue' });
    expect(await outcomeOf(answered.conversationId)).toEqual({
      outcome: 'handed_off',
      outcome_at: new Date(Date.parse(WEDNESDAY_10_00) + MINUTE),
      handed_off_to: 'chat_queue',
      resolution: null,
    });
  });

  it('a booked callback hands the conversation over to a callback', async () => {
    const offer = await ask('please call me back');
    expect(offer.intent).toBe('callback_request');
    expect(await outcomeOf(offer.conversationId)).toMatchObject({ outcome: 'open' });
    await ask('+86 138 0013 8001', offer.conversationId);
    expect(await outcomeOf(offer.conversationId)).toMatchObject({ outcome: 'handed_off', handed_off_to: 'callback' });
  });

  it.each([
    ['What fees do you charge for a domestic transfer?', 'thanks, that solved it'],
    ['充值一般多久到账', '谢谢'],
  ])('"%s" answered, then "%s" → resolved (confirmed)', async (question, thanks) => {
    const answered = await ask(question);
    t.clock.advance(MINUTE);
    const confirmed = await ask(thanks, answered.conversationId);
    expect(confirmed.intent).toBe('thanks');
    expect(await outcomeOf(answered.conversationId)).toEqual({
      outcome: 'resolved',
      resolution: 'confirmed',
      outcome_at: new Date(Date.parse(WEDNESDAY_10_00) + MINUTE),
      handed_off_to: null,
    });
  });

  it('thanks that say the answer did not help leave the conversation open', async () => {
    const answered = await ask('What fees do you charge for a domestic transfer?');
    const polite = await ask("thanks, but that didn't help", answered.conversationId);
    expect(polite.intent).toBe('thanks');
    expect(await outcomeOf(answered.conversationId)).toMatchObject({ outcome: 'open' });
  });

  it('thanks after a greeting only is no resolution: small talk is not an answer', async () => {
    const greeted = await ask('hello');
    expect((await ask('thanks', greeted.conversationId)).intent).toBe('thanks');
    expect(await outcomeOf(greeted.conversationId)).toMatchObject({ outcome: 'open' });
  });

  it('silence past the limit after a reply that did not answer → abandoned once the sweep runs, not before', async () => {
    const unanswered = await ask('what is the capital of Australia');
    expect(unanswered.intent).toBe('out_of_scope');

    t.clock.advance(BOT_SILENCE_MS - 5 * MINUTE);
    await sweep();
    expect(await outcomeOf(unanswered.conversationId)).toMatchObject({ outcome: 'open' });

    t.clock.advance(5 * MINUTE);
    expect(await sweep()).toBeGreaterThanOrEqual(1);
    // Later sweeps (the next minute, a second worker) change nothing more.
    t.clock.advance(BOT_SILENCE_MS);
    await sweep();
    expect(await outcomeOf(unanswered.conversationId)).toEqual({
      outcome: 'abandoned',
      outcome_at: new Date(Date.parse(WEDNESDAY_10_00) + BOT_SILENCE_MS),
      handed_off_to: null,
      resolution: null,
    });
  });

  it('silence after an answer → resolved (assumed), as Intercom Fin and Zendesk count it', async () => {
    const answered = await ask('How do I verify my identity?');
    t.clock.advance(BOT_SILENCE_MS + MINUTE);
    await sweep();
    expect(await outcomeOf(answered.conversationId)).toEqual({
      outcome: 'resolved',
      resolution: 'assumed',
      outcome_at: new Date(Date.parse(WEDNESDAY_10_00) + BOT_SILENCE_MS),
      handed_off_to: null,
    });
  });

  it('each customer turn restarts the timer: silence counts from the last turn', async () => {
    const answered = await ask('How do I verify my identity?');
    t.clock.advance(20 * MINUTE);
    await ask('what is the capital of Australia', answered.conversationId);

    // 40 minutes after the first turn, 20 after the last.
    t.clock.advance(20 * MINUTE);
    await sweep();
    expect(await outcomeOf(answered.conversationId)).toMatchObject({ outcome: 'open' });
    // The last reply did not answer: the conversation ends abandoned, not resolved by the earlier answer.
    t.clock.advance(10 * MINUTE);
    await sweep();
    expect(await outcomeOf(answered.conversationId)).toMatchObject({
      outcome: 'abandoned',
      outcome_at: new Date(Date.parse(WEDNESDAY_10_00) + 20 * MINUTE + BOT_SILENCE_MS),
    });
  });

  it('a sweep after a handoff changes nothing, and outcomes never move once set', async () => {
    const answered = await ask('How do I verify my identity?');
    t.clock.set(FRIDAY_19_00);
    await ask('I want to talk to a real person', answered.conversationId);
    const handedOff = await outcomeOf(answered.conversationId);
    expect(handedOff).toMatchObject({ outcome: 'handed_off', handed_off_to: 'ticket' });

    t.clock.advance(BOT_SILENCE_MS * 10);
    await sweep();
    expect(await outcomeOf(answered.conversationId)).toEqual(handedOff);
    await ask('thanks, that solved it', answered.conversationId);
    expect(await outcomeOf(answered.conversationId)).toEqual(handedOff);
  });

  describe('where agents and admins see it', () => {
    let baseUrl: string;
    const clients: ChatClient[] = [];
    beforeAll(async () => {
      baseUrl = await listen(t);
    });
    afterEach(() => {
      for (const client of clients.splice(0)) client.close();
    });

    it('in the conversation’s detail for agents, and never for customers', async () => {
      const session = await visitorSession(t, 'zh-CN');
      const widget = await connect(baseUrl, '/widget', { token: session.visitorToken });
      clients.push(widget);
      await widget.send('充值一般多久到账');
      await widget.next<ChatMessage>('message:new', (m) => m.author.type === 'bot');
      await widget.send('谢谢，问题解决了');
      await widget.next<ChatMessage>('message:new', (m) => m.author.type === 'bot' && m.seq > 2);

      const agent = await agentLogin(t, 'agent@okpay.test', 'agent-demo-password');
      const detail = await t.http().get(`/api/v1/conversations/${session.conversationId}`).auth(agent, { type: 'bearer' }).expect(200);
      expect(detail.body.botOutcome).toEqual({ outcome: 'resolved', at: WEDNESDAY_10_00.replace('Z', '.000Z'), handedOffTo: null, resolution: 'confirmed' });

      const customer = await registerCustomer(t, 'zh-CN');
      expectProblem(await t.http().get(`/api/v1/conversations/${session.conversationId}`).auth(customer.token, { type: 'bearer' }), 403, 'forbidden');
      expectProblem(await t.http().get(`/api/v1/conversations/${session.conversationId}`).auth(session.visitorToken, { type: 'bearer' }), 403, 'forbidden');
    });

    it('GET /bot/outcomes counts the conversations started in a range of days, by outcome', async () => {
      // A day of its own, so that other tests' conversations do not count.
      const day = '2027-02-03T03:00:00Z'; // Wednesday 11:00 in Shanghai
      t.clock.set(day);
      const resolved = await ask('What fees do you charge for a domestic transfer?');
      await ask('thanks, that solved it', resolved.conversationId);
      const abandoned = await ask('what is the capital of Australia');
      t.clock.advance(BOT_SILENCE_MS + MINUTE);
      await sweep();
      expect(await outcomeOf(abandoned.conversationId)).toMatchObject({ outcome: 'abandoned' });
      // Started after the sweep, still open.
      await ask('hello');

      const admin = await adminToken(t);
      const counts = await t.http().get('/api/v1/bot/outcomes?from=2027-02-03&to=2027-02-03').auth(admin, { type: 'bearer' }).expect(200);
      expect(counts.body).toEqual({
        from: '2027-02-03',
        to: '2027-02-03',
        timeZone: 'Asia/Shanghai',
        counts: { open: 1, handed_off: 0, resolved: 1, abandoned: 1 },
        total: 3,
      });
      const dayBefore = await t.http().get('/api/v1/bot/outcomes?from=2027-02-02&to=2027-02-02').auth(admin, { type: 'bearer' }).expect(200);
      expect(dayBefore.body.total).toBe(0);
    });

    it('GET /bot/outcomes: only admins and supervisors, and bad dates are problems', async () => {
      const admin = await adminToken(t);
      const supervisorEmail = 'outcomes-supervisor@okpay.test';
      await t.app.get(AgentDirectory).create({ email: supervisorEmail, name: 'Supervisor', role: 'supervisor', password: 'supervisor-test-password' });
      const supervisor = await agentLogin(t, supervisorEmail, 'supervisor-test-password');
      await t.http().get('/api/v1/bot/outcomes?from=2027-01-01&to=2027-01-31').auth(supervisor, { type: 'bearer' }).expect(200);

      const range = '/api/v1/bot/outcomes?from=2027-01-01&to=2027-01-31';
      expectProblem(await t.http().get(range), 401, 'unauthenticated');
      const customer = await registerCustomer(t, 'en');
      expectProblem(await t.http().get(range).auth(customer.token, { type: 'bearer' }), 403, 'forbidden');
      const agent = await agentLogin(t, 'agent@okpay.test', 'agent-demo-password');
      expectProblem(await t.http().get(range).auth(agent, { type: 'bearer' }), 403, 'forbidden');

      for (const query of ['from=2027-01-01', 'from=yesterday&to=2027-01-31', 'from=2027-02-30&to=2027-03-01', 'from=2027-01-31&to=2027-01-01', 'from=2025-01-01&to=2027-01-01']) {
        const bad = await t.http().get(`/api/v1/bot/outcomes?${query}`).auth(admin, { type: 'bearer' });
        expectProblem(bad, 400, 'validation_failed');
      }
    });
  });
});
