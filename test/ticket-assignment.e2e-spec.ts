import { AgentDirectory } from '@okpay/auth';
import { AgentPresenceService, TicketAssignment } from '@okpay/routing';
import { OpenTicketUseCase } from '@okpay/tickets';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from './support/test-app';
import { agentLogin, registerCustomer } from './support/wallet-fixtures';

describe('automatic ticket assignment', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp({ now: '2027-01-06T02:00:00Z' });
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());
  beforeEach(() => db.query(`UPDATE agent_routing_profiles SET presence = 'offline'`));

  const onlineAgent = async (languages: string[], ticketCapacity = 20) => {
    const email = `t-${randomUUID().slice(0, 8)}@okpay.test`;
    const agent = await t.app.get(AgentDirectory).create({ email, name: 'Agent', role: 'agent', password: 'agent-test-password' });
    await t.app.get(AgentPresenceService).changeProfile(agent.id, { languages, ticketCapacity });
    const token = await agentLogin(t, email, 'agent-test-password');
    await t.http().put('/api/v1/agents/me/presence').auth(token, { type: 'bearer' }).send({ presence: 'online' }).expect(200);
    return { id: agent.id, token };
  };
  const assigneeOf = async (ticketId: string) => (await db.query(`SELECT assignee_agent_id FROM tickets WHERE id = $1`, [ticketId]))[0].assignee_agent_id;

  it("gives a new ticket to an online agent who speaks the customer's language, audited as the system", async () => {
    const chinese = await onlineAgent(['zh-CN']);
    const english = await onlineAgent(['en']);
    const zhCustomer = await registerCustomer(t, 'zh-CN');
    const enCustomer = await registerCustomer(t, 'en');
    const zh = (await t.http().post('/api/v1/tickets').auth(zhCustomer.token, { type: 'bearer' }).send({ subject: '充值', body: '没到账' }).expect(201)).body;
    const en = (await t.http().post('/api/v1/tickets').auth(enCustomer.token, { type: 'bearer' }).send({ subject: 'Top-up', body: 'missing' }).expect(201)).body;
    expect(await assigneeOf(zh.id)).toBe(chinese.id);
    expect(await assigneeOf(en.id)).toBe(english.id);
    const [event] = await db.query(`SELECT actor_type, changes FROM ticket_events WHERE ticket_id = $1 AND action = 'updated'`, [zh.id]);
    expect(event).toEqual({ actor_type: 'system', changes: { assignee: { from: null, to: chinese.id } } });
  });

  it("keeps within each agent's ticket capacity, also under 20 concurrent sweeps", async () => {
    const agents = [await onlineAgent(['zh-CN', 'en'], 2), await onlineAgent(['zh-CN', 'en'], 2), await onlineAgent(['zh-CN', 'en'], 2)];
    const customer = await registerCustomer(t);
    const open = t.app.get(OpenTicketUseCase);
    // Opened through the use case, which assigns nothing: the sweeps below do.
    for (let i = 0; i < 10; i++) await open.execute({ requester: { kind: 'customer', id: customer.id }, subject: `Load ${i}`, body: 'x' });

    const assignment = t.app.get(TicketAssignment);
    const made = await Promise.all(Array.from({ length: 20 }, () => assignment.assignWaiting()));
    expect(made.reduce((a, b) => a + b, 0)).toBe(6);
    const load = await db.query(
      `SELECT assignee_agent_id, count(*)::int AS n FROM tickets WHERE assignee_agent_id = ANY($1::uuid[]) AND status NOT IN ('solved', 'closed') GROUP BY 1`,
      [agents.map((a) => a.id)],
    );
    expect(load.map((l: { n: number }) => l.n)).toEqual([2, 2, 2]);
  });

  it('with nobody online assigns nothing, and hands the waiting tickets out once someone comes online', async () => {
    const customer = await registerCustomer(t);
    const open = t.app.get(OpenTicketUseCase);
    const waiting = [
      await open.execute({ requester: { kind: 'customer', id: customer.id }, subject: 'After hours 1', body: 'x' }),
      await open.execute({ requester: { kind: 'customer', id: customer.id }, subject: 'After hours 2', body: 'x' }),
    ];
    const assignment = t.app.get(TicketAssignment);
    expect(await assignment.assignWaiting()).toBe(0);
    expect(await Promise.all(waiting.map((ticket) => assigneeOf(ticket.id)))).toEqual([null, null]);

    const agent = await onlineAgent(['zh-CN', 'en']);
    await assignment.assignWaiting();
    expect(await Promise.all(waiting.map((ticket) => assigneeOf(ticket.id)))).toEqual([agent.id, agent.id]);
  });
});
