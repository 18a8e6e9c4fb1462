import { AgentDirectory } from '@okpay/auth';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { connect, listen } from './support/chat-clients';
import { expectProblem } from './support/problem';
import { startTestApp, TestApp } from './support/test-app';
import { adminToken, agentLogin, agentToken, registerCustomer, TestCustomer } from './support/wallet-fixtures';

// Monday 10:00 in Shanghai.
const MONDAY_10_00 = '2027-01-04T02:00:00Z';

/** Saved personal ticket views, the list filters they stand for, and bulk changes, all or nothing. */
describe('ticket views and bulk changes', () => {
  let t: TestApp;
  let db: DataSource;
  let agent: string;
  let admin: string;
  let otherAgent: { id: string; token: string };
  let customer: TestCustomer;

  beforeAll(async () => {
    t = await startTestApp({ now: MONDAY_10_00 });
    db = t.app.get(DataSource);
    agent = await agentToken(t);
    admin = await adminToken(t);
    const email = `views-${randomUUID().slice(0, 8)}@okpay.test`;
    const created = await t.app.get(AgentDirectory).create({ email, name: 'Other Agent', role: 'agent', password: 'agent-test-password' });
    otherAgent = { id: created.id, token: await agentLogin(t, email, 'agent-test-password') };
    customer = await registerCustomer(t);
  });
  afterAll(() => t.close());

  const as = (token: string) => ({ type: 'bearer' as const, token });
  const get = (token: string, path: string) => t.http().get(`/api/v1${path}`).auth(as(token).token, as(token));
  const post = (token: string, path: string, body: object) => t.http().post(`/api/v1${path}`).auth(as(token).token, as(token)).send(body);
  const openTicket = async (subject: string) => (await post(customer.token, '/tickets', { subject, body: 'Please help.' }).expect(201)).body as { id: string };
  const ticketRow = async (id: string) => (await db.query(`SELECT status, tags, assignee_agent_id FROM tickets WHERE id = $1`, [id]))[0];

  describe('saved views', () => {
    it('saves, lists and deletes an agent\'s own view; other agents neither see nor delete it', async () => {
      const name = `Email VIP ${randomUUID().slice(0, 4)}`;
      const saved = (await post(agent, '/ticket-views', { name: ` ${name} `, filters: { status: 'new,open', channel: 'email', tag: 'vip' } }).expect(201)).body;
      expect(saved).toMatchObject({ id: expect.any(String), name, filters: { status: 'new,open', channel: 'email', tag: 'vip' }, createdAt: MONDAY_10_00.replace('Z', '.000Z') });

      expect((await get(agent, '/ticket-views').expect(200)).body.map((v: { id: string }) => v.id)).toContain(saved.id);
      expect((await get(otherAgent.token, '/ticket-views').expect(200)).body).toEqual([]);
      expectProblem(await t.http().delete(`/api/v1/ticket-views/${saved.id}`).auth(otherAgent.token, { type: 'bearer' }), 404, 'ticket_view_not_found');

      await t.http().delete(`/api/v1/ticket-views/${saved.id}`).auth(agent, { type: 'bearer' }).expect(204);
      expect((await get(agent, '/ticket-views').expect(200)).body.map((v: { id: string }) => v.id)).not.toContain(saved.id);
      expectProblem(await t.http().delete(`/api/v1/ticket-views/${saved.id}`).auth(agent, { type: 'bearer' }), 404, 'ticket_view_not_found');
    });

    it('refuses a name the agent already uses, and filters the list does not know', async () => {
      const name = `Mine ${randomUUID().slice(0, 4)}`;
      await post(agent, '/ticket-views', { name, filters: { assignee: 'me' } }).expect(201);
      expectProblem(await post(agent, '/ticket-views', { name, filters: { status: 'pending' } }), 409, 'name_taken');
      await post(otherAgent.token, '/ticket-views', { name, filters: { assignee: 'me' } }).expect(201);

      expectProblem(await post(agent, '/ticket-views', { name: 'Bad status', filters: { status: 'open,bogus' } }), 400, 'validation_failed');
      expectProblem(await post(agent, '/ticket-views', { name: 'Bad field', filters: { colour: 'red' } }), 400, 'validation_failed');
      expectProblem(await post(agent, '/ticket-views', { name: '', filters: {} }), 400, 'validation_failed');
      expectProblem(await post(agent, '/ticket-views', { name: 'No filters' }), 400, 'validation_failed');
    });

    it('is for agents only', async () => {
      expect((await get(customer.token, '/ticket-views')).status).toBeGreaterThanOrEqual(401);
      expect((await post(customer.token, '/ticket-views', { name: 'x', filters: {} })).status).toBeGreaterThanOrEqual(401);
    });
  });

  describe('list filters', () => {
    it('takes several statuses at once and finds tickets close to a due time', async () => {
      const fresh = await openTicket('Filter: new one');
      const pending = await openTicket('Filter: pending one');
      await t.http().patch(`/api/v1/tickets/${pending.id}`).auth(agent, { type: 'bearer' }).send({ status: 'pending' }).expect(200);
      const ids = async (query: string) => (await get(agent, `/tickets?${query}&limit=100`).expect(200)).body.items.map((i: { id: string }) => i.id);

      expect(await ids('status=new,pending')).toEqual(expect.arrayContaining([fresh.id, pending.id]));
      expect(await ids('status=new')).not.toContain(pending.id);
      expectProblem(await get(agent, '/tickets?status=new,nope'), 400, 'validation_failed');

      // A normal ticket's first response is due four business hours on: not at risk now, at risk 3.5 hours later.
      expect(await ids('sla=at_risk')).not.toContain(fresh.id);
      t.clock.advance(3.5 * 3600_000);
      try {
        expect(await ids('sla=at_risk')).toContain(fresh.id);
        expect(await ids('sla=breached')).not.toContain(fresh.id);
      } finally {
        t.clock.set(MONDAY_10_00);
      }
    });
  });

  describe('bulk changes', () => {
    it('changes status and adds tags on many tickets at once, keeping each one\'s own tags, audited per ticket', async () => {
      const a = await openTicket('Bulk A');
      const b = await openTicket('Bulk B');
      await t.http().patch(`/api/v1/tickets/${a.id}`).auth(agent, { type: 'bearer' }).send({ tags: ['vip'] }).expect(200);

      const changed = (await post(agent, '/tickets/bulk', { ticketIds: [a.id, b.id], status: 'pending', addTags: ['refund-delay'] }).expect(200)).body;
      expect(changed.map((c: { id: string }) => c.id).sort()).toEqual([a.id, b.id].sort());
      expect(await ticketRow(a.id)).toMatchObject({ status: 'pending', tags: ['refund-delay', 'vip'] });
      expect(await ticketRow(b.id)).toMatchObject({ status: 'pending', tags: ['refund-delay'] });
      const events = await db.query(`SELECT ticket_id FROM ticket_events WHERE ticket_id = ANY($1) AND action = 'updated' AND changes ? 'status'`, [[a.id, b.id]]);
      expect(events).toHaveLength(2);
    });

    it('changes nothing when one ticket among them is closed or unknown', async () => {
      const a = await openTicket('All or nothing A');
      const closed = await openTicket('All or nothing closed');
      await t.http().patch(`/api/v1/tickets/${closed.id}`).auth(agent, { type: 'bearer' }).send({ status: 'closed' }).expect(200);

      expectProblem(await post(agent, '/tickets/bulk', { ticketIds: [a.id, closed.id], status: 'solved', addTags: ['batch'] }), 422, 'ticket_closed');
      expect(await ticketRow(a.id)).toMatchObject({ status: 'new', tags: [] });

      expectProblem(await post(agent, '/tickets/bulk', { ticketIds: [a.id, randomUUID()], status: 'solved' }), 404, 'ticket_not_found');
      expect(await ticketRow(a.id)).toMatchObject({ status: 'new' });
    });

    it('lets an agent take tickets but only supervisors and admins assign them to someone else', async () => {
      const a = await openTicket('Assign A');
      const b = await openTicket('Assign B');
      const me = (await get(agent, '/agents/me/routing').expect(200)).body.agentId as string;

      expectProblem(await post(agent, '/tickets/bulk', { ticketIds: [a.id, b.id], assigneeId: otherAgent.id }), 403, 'forbidden');
      expect((await ticketRow(a.id)).assignee_agent_id).toBeNull();

      await post(agent, '/tickets/bulk', { ticketIds: [a.id], assigneeId: me }).expect(200);
      expect((await ticketRow(a.id)).assignee_agent_id).toBe(me);

      await post(admin, '/tickets/bulk', { ticketIds: [a.id, b.id], assigneeId: otherAgent.id }).expect(200);
      expect((await ticketRow(a.id)).assignee_agent_id).toBe(otherAgent.id);
      expect((await ticketRow(b.id)).assignee_agent_id).toBe(otherAgent.id);
    });

    it('validates the request', async () => {
      const a = await openTicket('Validate');
      expectProblem(await post(agent, '/tickets/bulk', { ticketIds: [], status: 'open' }), 400, 'validation_failed');
      expectProblem(await post(agent, '/tickets/bulk', { ticketIds: ['not-a-uuid'], status: 'open' }), 400, 'validation_failed');
      expectProblem(await post(agent, '/tickets/bulk', { ticketIds: [a.id], status: 'new' }), 400, 'validation_failed');
      expectProblem(await post(agent, '/tickets/bulk', { ticketIds: [a.id], addTags: [''] }), 400, 'validation_failed');
      expectProblem(await post(agent, '/tickets/bulk', { ticketIds: Array.from({ length: 101 }, () => randomUUID()), status: 'open' }), 400, 'validation_failed');
      expect((await post(customer.token, '/tickets/bulk', { ticketIds: [a.id], status: 'solved' })).status).toBeGreaterThanOrEqual(401);
      expect(await ticketRow(a.id)).toMatchObject({ status: 'new' });
    });
  });

  describe('live lists', () => {
    it('tells every connected agent which tickets changed through the API', async () => {
      const baseUrl = await listen(t);
      const watcher = await connect(baseUrl, '/agent', { token: otherAgent.token });
      try {
        const a = await openTicket('Live A');
        await watcher.next<{ ticketIds: string[] }>('tickets:changed', (c) => c.ticketIds.includes(a.id));
        const b = await openTicket('Live B');
        await t.http().patch(`/api/v1/tickets/${b.id}`).auth(agent, { type: 'bearer' }).send({ priority: 'high' }).expect(200);
        await post(agent, '/tickets/bulk', { ticketIds: [a.id, b.id], status: 'pending' }).expect(200);
        await watcher.next<{ ticketIds: string[] }>('tickets:changed', (c) => c.ticketIds.length === 2 && c.ticketIds.includes(a.id) && c.ticketIds.includes(b.id));
      } finally {
        watcher.socket.disconnect();
      }
    });
  });
});
