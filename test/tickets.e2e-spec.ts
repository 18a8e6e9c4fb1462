import { UpdateTicketUseCase } from '@okpay/tickets';
import { DataSource } from 'typeorm';
import { expectProblem } from './support/problem';
import { startTestApp, TestApp } from './support/test-app';
import { adminToken, agentToken, loginCustomer, registerCustomer, TestCustomer } from './support/wallet-fixtures';

const FRIDAY_17_30 = '2027-01-08T09:30:00Z'; // Shanghai

describe('tickets', () => {
  let t: TestApp;
  let agent: string;

  beforeAll(async () => {
    t = await startTestApp({ now: FRIDAY_17_30 });
    agent = await agentToken(t);
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.set(FRIDAY_17_30));

  const open = async (c: TestCustomer, body: object = {}) =>
    (await t.http().post('/api/v1/tickets').auth(c.token, { type: 'bearer' }).send({ subject: 'Top-up missing', body: 'Where is my money?', ...body }).expect(201)).body;
  const asAgent = (agentToken = agent) => ({ type: 'bearer' as const, token: agentToken });

  it('numbers tickets and counts SLA due times in business time: Friday 17:30 lands on Monday', async () => {
    const c = await registerCustomer(t);
    const ticket = await open(c);
    expect(ticket).toMatchObject({ status: 'new', priority: 'normal', reference: `#${ticket.number}` });
    expect(ticket.number).toBeGreaterThanOrEqual(10001);
    // 4 business hours: 30 min on Friday, then Monday 09:00–12:30.
    expect(ticket.firstResponseDueAt).toBe('2027-01-11T04:30:00.000Z');
    // 24 business hours: Friday 0.5 h, Monday 9 h, Tuesday 9 h, Wednesday 5.5 h → 14:30.
    expect(ticket.resolutionDueAt).toBe('2027-01-13T06:30:00.000Z');
  });

  it("answers 404 to a customer on every route of another customer's ticket", async () => {
    const owner = await registerCustomer(t);
    const stranger = await registerCustomer(t);
    const ticket = await open(owner);
    expectProblem(await t.http().get(`/api/v1/tickets/${ticket.id}`).auth(stranger.token, { type: 'bearer' }), 404, 'ticket_not_found');
    expectProblem(await t.http().post(`/api/v1/tickets/${ticket.id}/messages`).auth(stranger.token, { type: 'bearer' }).send({ body: 'hi' }), 404, 'ticket_not_found');
    expectProblem(await t.http().get('/api/v1/tickets/00000000-0000-4000-8000-000000000000').auth(stranger.token, { type: 'bearer' }), 404, 'ticket_not_found');
    expectProblem(await t.http().patch(`/api/v1/tickets/${ticket.id}`).auth(stranger.token, { type: 'bearer' }).send({ status: 'solved' }), 403, 'forbidden');
    expect((await t.http().get('/api/v1/tickets/mine').auth(stranger.token, { type: 'bearer' }).expect(200)).body.items).toEqual([]);
    expect((await t.http().get('/api/v1/tickets/mine').auth(owner.token, { type: 'bearer' }).expect(200)).body.items).toHaveLength(1);
    expectProblem(await t.http().get('/api/v1/tickets').auth(owner.token, { type: 'bearer' }), 403, 'forbidden');
  });

  it('never shows internal notes to the customer, and refuses notes from customers', async () => {
    const c = await registerCustomer(t);
    const ticket = await open(c);
    await t.http().post(`/api/v1/tickets/${ticket.id}/messages`).auth(asAgent().token, asAgent()).send({ body: 'Customer seems upset; check bank file', internal: true }).expect(201);
    await t.http().post(`/api/v1/tickets/${ticket.id}/messages`).auth(asAgent().token, asAgent()).send({ body: 'We are checking with the bank.' }).expect(201);

    const customerView = (await t.http().get(`/api/v1/tickets/${ticket.id}`).auth(c.token, { type: 'bearer' }).expect(200)).body;
    expect(customerView.messages.map((m: { body: string }) => m.body)).toEqual(['Where is my money?', 'We are checking with the bank.']);
    expect(JSON.stringify(customerView)).not.toContain('upset');
    expect(customerView).not.toHaveProperty('events');
    const agentView = (await t.http().get(`/api/v1/tickets/${ticket.id}`).auth(asAgent().token, asAgent()).expect(200)).body;
    expect(agentView.messages).toHaveLength(3);
    expectProblem(await t.http().post(`/api/v1/tickets/${ticket.id}/messages`).auth(c.token, { type: 'bearer' }).send({ body: 'x', internal: true }), 403, 'internal_notes_agents_only');
  });

  it('refuses a PATCH with unknown fields with 400 and changes nothing', async () => {
    const c = await registerCustomer(t);
    const ticket = await open(c);
    const response = await t.http().patch(`/api/v1/tickets/${ticket.id}`).auth(asAgent().token, asAgent()).send({ status: 'solved', customerId: c.id, number: 1 });
    expectProblem(response, 400, 'validation_failed');
    expect(response.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual(['customerId:unknown_field', 'number:unknown_field']);
    const after = (await t.http().get(`/api/v1/tickets/${ticket.id}`).auth(asAgent().token, asAgent()).expect(200)).body;
    expect(after).toMatchObject({ status: 'new', number: ticket.number, updatedAt: ticket.updatedAt });
    expect(after.events.map((e: { action: string }) => e.action)).toEqual(['created']);
  });

  it('records each change in an append-only audit trail', async () => {
    const c = await registerCustomer(t);
    const ticket = await open(c);
    const [{ id: agentId }] = await t.app.get(DataSource).query(`SELECT id FROM agents WHERE email = 'agent@okpay.test'`);
    await t.http().patch(`/api/v1/tickets/${ticket.id}`).auth(asAgent().token, asAgent()).send({ priority: 'high', assigneeId: agentId, tags: ['bank', 'vip'] }).expect(200);
    await t.http().patch(`/api/v1/tickets/${ticket.id}`).auth(asAgent().token, asAgent()).send({ status: 'pending' }).expect(200);
    const { events } = (await t.http().get(`/api/v1/tickets/${ticket.id}`).auth(asAgent().token, asAgent()).expect(200)).body;
    expect(events.map((e: { action: string; changes: object }) => [e.action, e.changes])).toEqual([
      ['created', expect.objectContaining({ priority: 'normal' })],
      ['updated', { priority: { from: 'normal', to: 'high' }, assignee: { from: null, to: agentId }, tags: { from: [], to: ['bank', 'vip'] } }],
      ['updated', { status: { from: 'new', to: 'pending' } }],
    ]);
    await expect(t.app.get(DataSource).query(`UPDATE ticket_events SET action = 'rewritten' WHERE ticket_id = $1`, [ticket.id])).rejects.toThrow(/append-only/);
  });

  it('pauses the SLA clock while pending', async () => {
    t.clock.set('2027-01-11T01:00:00Z'); // Monday 09:00
    const token = await agentToken(t);
    const c = await registerCustomer(t);
    const ticket = await open(c);
    expect(ticket.firstResponseDueAt).toBe('2027-01-11T05:00:00.000Z'); // 13:00
    await t.http().patch(`/api/v1/tickets/${ticket.id}`).auth(token, { type: 'bearer' }).send({ status: 'pending' }).expect(200);
    t.clock.advance(2 * 3600_000);
    const resumed = await t.http().patch(`/api/v1/tickets/${ticket.id}`).auth(token, { type: 'bearer' }).send({ status: 'open' }).expect(200);
    expect(resumed.body.firstResponseDueAt).toBe('2027-01-11T07:00:00.000Z'); // two hours later
  });

  it('reopens a solved ticket on a customer reply, closes solved ones by durable job, and follows up a closed one', async () => {
    const c = await registerCustomer(t);
    const ticket = await open(c);
    const solve = () => t.http().patch(`/api/v1/tickets/${ticket.id}`).auth(asAgent().token, asAgent()).send({ status: 'solved' }).expect(200);
    await solve();
    await t.http().post(`/api/v1/tickets/${ticket.id}/messages`).auth(c.token, { type: 'bearer' }).send({ body: 'Still not there!' }).expect(201);
    expect((await t.http().get(`/api/v1/tickets/${ticket.id}`).auth(c.token, { type: 'bearer' }).expect(200)).body.status).toBe('open');

    t.clock.advance(60_000);
    await solve();
    const jobs = await t.app.get(DataSource).query(`SELECT data, start_after FROM pgboss.job WHERE name = 'tickets.auto-close-solved' AND data->>'ticketId' = $1 ORDER BY start_after`, [ticket.id]);
    expect(jobs).toHaveLength(2);
    const update = t.app.get(UpdateTicketUseCase);
    expect(await update.autoClose(jobs[0].data)).toBe(false); // from the first solve: moot
    expect(await update.autoClose(jobs[1].data)).toBe(true);
    expect(new Date(jobs[1].start_after).toISOString()).toBe('2027-01-12T09:31:00.000Z'); // four days later

    expectProblem(await t.http().patch(`/api/v1/tickets/${ticket.id}`).auth(asAgent().token, asAgent()).send({ status: 'open' }), 422, 'ticket_closed');
    const reply = await t.http().post(`/api/v1/tickets/${ticket.id}/messages`).auth(c.token, { type: 'bearer' }).send({ body: 'Another problem now' }).expect(201);
    expect(reply.body.ticketId).not.toBe(ticket.id);
    const followUp = (await t.http().get(`/api/v1/tickets/${reply.body.ticketId}`).auth(c.token, { type: 'bearer' }).expect(200)).body;
    expect(followUp).toMatchObject({ followUpOf: ticket.id, status: 'new', subject: ticket.subject });
  });

  it('masks card numbers and one-time codes before they reach the database, and links transaction references', async () => {
    const c = await registerCustomer(t);
    const ticket = await open(c, { subject: 'Card 4111 1111 1111 1111 charged twice', body: 'Card 5500-0000-0000-0004, code 482913, see TX-7KQ2M9XD' });
    await t.http().post(`/api/v1/tickets/${ticket.id}/messages`).auth(c.token, { type: 'bearer' }).send({ body: '验证码 771203，卡号 6222021234567890128' }).expect(201);
    const db = t.app.get(DataSource);
    const stored = JSON.stringify([
      await db.query(`SELECT subject FROM tickets WHERE id = $1`, [ticket.id]),
      await db.query(`SELECT body FROM ticket_messages WHERE ticket_id = $1`, [ticket.id]),
      await db.query(`SELECT changes FROM ticket_events WHERE ticket_id = $1`, [ticket.id]),
    ]);
    for (const secret of ['4111111111111111', '1111 1111 1111', '5500-0000-0000-0004', '5500000000000004', '482913', '771203', '6222021234567890128']) {
      expect(stored).not.toContain(secret);
    }
    expect(stored).toContain('411111******1111');
    expect(ticket.transactionRefs).toEqual(['TX-7KQ2M9XD']);
  });

  it('asks for a rating once a ticket is solved, and takes it once', async () => {
    const c = await registerCustomer(t);
    const ticket = await open(c);
    const rate = (score: number) => t.http().post(`/api/v1/tickets/${ticket.id}/satisfaction`).auth(c.token, { type: 'bearer' }).send({ score, comment: 'quick' });
    expectProblem(await rate(5), 422, 'ticket_not_solved');
    expect((await t.http().get(`/api/v1/tickets/${ticket.id}`).auth(c.token, { type: 'bearer' }).expect(200)).body.satisfaction).toEqual({ requested: false });
    await t.http().patch(`/api/v1/tickets/${ticket.id}`).auth(asAgent().token, asAgent()).send({ status: 'solved' }).expect(200);
    expect((await t.http().get(`/api/v1/tickets/${ticket.id}`).auth(c.token, { type: 'bearer' }).expect(200)).body.satisfaction).toEqual({ requested: true });
    expectProblem(await rate(6), 400, 'validation_failed');
    await rate(4).expect(201);
    expectProblem(await rate(5), 409, 'satisfaction_already_given');
    expect((await t.http().get(`/api/v1/tickets/${ticket.id}`).auth(asAgent().token, asAgent()).expect(200)).body.satisfaction).toEqual({ score: 4, comment: 'quick' });
  });

  it('suggests the open ticket about the same transaction, and merges duplicates of one customer', async () => {
    const c = await registerCustomer(t);
    const other = await registerCustomer(t);
    const first = await open(c, { subject: 'Refund for TX-MERGE0001', body: 'never arrived' });
    const second = await open(c, { subject: 'Again', body: 'Still waiting for TX-MERGE0001' });
    const detail = (await t.http().get(`/api/v1/tickets/${second.id}`).auth(asAgent().token, asAgent()).expect(200)).body;
    expect(detail.related).toEqual([expect.objectContaining({ id: first.id, transactionRefs: ['TX-MERGE0001'] })]);
    expect((await t.http().get(`/api/v1/tickets/${second.id}`).auth(c.token, { type: 'bearer' }).expect(200)).body).not.toHaveProperty('related');

    const foreign = await open(other);
    expectProblem(await t.http().post(`/api/v1/tickets/${foreign.id}/merge`).auth(asAgent().token, asAgent()).send({ intoTicketId: first.id }), 422, 'tickets_not_mergeable');
    const merged = await t.http().post(`/api/v1/tickets/${second.id}/merge`).auth(asAgent().token, asAgent()).send({ intoTicketId: first.id }).expect(200);
    expect(merged.body.id).toBe(first.id);
    const survivor = (await t.http().get(`/api/v1/tickets/${first.id}`).auth(asAgent().token, asAgent()).expect(200)).body;
    expect(survivor.messages.map((m: { body: string; internal: boolean }) => [m.body, m.internal])).toEqual([
      ['never arrived', false],
      ['Still waiting for TX-MERGE0001', false],
      [`Merged from #${second.number}: Again`, true],
    ]);
    const closed = (await t.http().get(`/api/v1/tickets/${second.id}`).auth(c.token, { type: 'bearer' }).expect(200)).body;
    expect(closed).toMatchObject({ status: 'closed', mergedInto: first.id, satisfaction: { requested: false } });
  });

  it('finds tickets by text in the subject or any message, in Chinese and English, with wildcards taken literally', async () => {
    const c = await registerCustomer(t, 'zh-CN');
    const chinese = await open(c, { subject: '充值问题', body: '我的银行转账充值还没有到账，已经两天了' });
    const english = await open(c, { subject: 'Card declined', body: 'checkout says 100% failed_again' });
    await t.http().post(`/api/v1/tickets/${english.id}/messages`).auth(c.token, { type: 'bearer' }).send({ body: 'refund please' }).expect(201);
    const search = async (q: string) =>
      (await t.http().get(`/api/v1/tickets/search?q=${encodeURIComponent(q)}`).auth(asAgent().token, asAgent()).expect(200)).body.items.map((i: { id: string }) => i.id);
    expect(await search('没有到账')).toEqual([chinese.id]);
    expect(await search('REFUND')).toContain(english.id);
    expect(await search('100%')).toEqual([english.id]);
    expect(await search('failed_again')).toEqual([english.id]);
    expect(await search('d_a')).toEqual([english.id]); // '_' is a character, not a wildcard
    expect(await search('zzqq')).toEqual([]);
    expectProblem(await t.http().get('/api/v1/tickets/search?q=a').auth(asAgent().token, asAgent()), 400, 'validation_failed');
  });

  it('filters the inbox by priority, tag and SLA breach', async () => {
    const c = await registerCustomer(t);
    const urgent = await open(c, { subject: 'Account hacked', priority: 'urgent' });
    await t.http().patch(`/api/v1/tickets/${urgent.id}`).auth(asAgent().token, asAgent()).send({ tags: ['security'], group: 'risk-team' }).expect(200);
    const list = async (query: string) =>
      (await t.http().get(`/api/v1/tickets?${query}&limit=100`).auth(asAgent().token, asAgent()).expect(200)).body.items.map((i: { id: string }) => i.id);
    expect(await list('priority=urgent')).toContain(urgent.id);
    expect(await list('tag=security')).toEqual([urgent.id]);
    expect(await list('group=risk-team')).toEqual([urgent.id]);
    expect(await list('sla=breached')).not.toContain(urgent.id);
    t.clock.set('2027-01-11T02:00:01Z'); // Monday 10:00:01: the 1-hour first response (Mon 09:00–10:00) has passed
    const token = await agentToken(t);
    const breached = (await t.http().get('/api/v1/tickets?sla=breached&limit=100').auth(token, { type: 'bearer' }).expect(200)).body.items;
    expect(breached.map((i: { id: string }) => i.id)).toContain(urgent.id);
  });

  it('replies with canned responses in the customer language, and applies macros in one click', async () => {
    const admin = await adminToken(t);
    const create = (body: object, token = admin) => t.http().post('/api/v1/canned-responses').auth(token, { type: 'bearer' }).send(body);
    expectProblem(await create({ name: 'x', locale: 'en', body: 'Hi {{customer.nickname}}' }), 400, 'invalid_reply_template');
    expectProblem(await create({ name: 'x', locale: 'en', body: 'Hi' }, asAgent().token), 403, 'forbidden');
    await create({ name: 'bank-delay', locale: 'en', body: 'Hello {{customer.name}}, about {{ticket.reference}}: bank transfers take up to 2 hours. {{agent.name}}' }).expect(201);
    const zh = (await create({ name: 'bank-delay', locale: 'zh-CN', body: '{{customer.name}}您好，关于工单 {{ticket.reference}}：银行转账最长需要 2 小时。' }).expect(201)).body;

    const c = await registerCustomer(t, 'zh-CN');
    const ticket = await open(c);
    const reply = await t.http().post(`/api/v1/tickets/${ticket.id}/canned-replies`).auth(asAgent().token, asAgent()).send({ cannedResponseId: zh.id }).expect(201);
    expect(reply.body.body).toBe(`Test Customer您好，关于工单 #${ticket.number}：银行转账最长需要 2 小时。`);

    expectProblem(await t.http().post('/api/v1/macros').auth(admin, { type: 'bearer' }).send({ name: 'bad', actions: { status: 'new' } }), 400, 'validation_failed');
    const macro = (await t.http().post('/api/v1/macros').auth(admin, { type: 'bearer' })
      .send({ name: 'Bank delay: reply and wait', actions: { status: 'pending', addTags: ['bank-transfer'], cannedResponseName: 'bank-delay' } }).expect(201)).body;
    const other = await open(c, { subject: 'Second' });
    await t.http().post(`/api/v1/tickets/${other.id}/macros/${macro.id}`).auth(asAgent().token, asAgent()).expect(204);
    const after = (await t.http().get(`/api/v1/tickets/${other.id}`).auth(c.token, { type: 'bearer' }).expect(200)).body;
    expect(after).toMatchObject({ status: 'pending', tags: ['bank-transfer'] });
    expect(after.messages.at(-1).body).toContain('银行转账最长需要 2 小时');
  });

  it('warns the assignee by durable job when an SLA target is at risk, unless it is met or paused first', async () => {
    const c = await registerCustomer(t);
    const db = t.app.get(DataSource);
    const [{ id: agentId }] = await db.query(`SELECT id FROM agents WHERE email = 'agent@okpay.test'`);
    const urgent = await open(c, { subject: 'Unrecognised charge', priority: 'urgent' });
    await t.http().patch(`/api/v1/tickets/${urgent.id}`).auth(asAgent().token, asAgent()).send({ assigneeId: agentId }).expect(200);
    const jobs = await db.query(`SELECT data, start_after FROM pgboss.job WHERE name = 'tickets.sla-at-risk' AND data->>'ticketId' = $1 ORDER BY start_after`, [urgent.id]);
    // First response within 1 business hour from Friday 17:30: 75% is 45 minutes, Monday 09:15.
    expect(jobs[0]).toMatchObject({ data: { target: 'first_response' }, start_after: new Date('2027-01-11T01:15:00.000Z') });

    const { SlaAlerts } = await import('@okpay/tickets');
    const alerts = t.app.get(SlaAlerts);
    t.clock.set('2027-01-11T01:15:00Z');
    expect(await alerts.atRisk(jobs[0].data)).toBe(true);
    expect(await alerts.atRisk(jobs[0].data)).toBe(false); // a retried job notifies once
    const token = await agentToken(t);
    const notifications = (await t.http().get('/api/v1/agents/me/notifications').auth(token, { type: 'bearer' }).expect(200)).body;
    expect(notifications[0]).toMatchObject({ kind: 'sla_at_risk', ticketId: urgent.id, read: false, details: { target: 'first_response', reference: `#${urgent.number}` } });

    // Answered in time: the same warning for another ticket does not fire.
    const answered = await open(await loginCustomer(t, c), { subject: 'Second', priority: 'urgent' });
    await t.http().patch(`/api/v1/tickets/${answered.id}`).auth(token, { type: 'bearer' }).send({ assigneeId: agentId }).expect(200);
    await t.http().post(`/api/v1/tickets/${answered.id}/messages`).auth(token, { type: 'bearer' }).send({ body: 'On it' }).expect(201);
    const [job] = await db.query(`SELECT data FROM pgboss.job WHERE name = 'tickets.sla-at-risk' AND data->>'ticketId' = $1 AND data->>'target' = 'first_response'`, [answered.id]);
    expect(await alerts.atRisk(job.data)).toBe(false);
  });

  it('lists the inbox newest first with filters and a cursor', async () => {
    t.clock.set('2027-02-01T02:00:00Z'); // later than every other test's tickets
    const token = await agentToken(t);
    const c = await registerCustomer(t);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      t.clock.advance(1000);
      ids.push((await open(c, { subject: `Page ${i}` })).id);
    }
    const first = (await t.http().get('/api/v1/tickets?status=new&limit=2').auth(token, { type: 'bearer' }).expect(200)).body;
    expect(first.items.map((i: { id: string }) => i.id)).toEqual([ids[2], ids[1]]);
    const second = (await t.http().get(`/api/v1/tickets?status=new&limit=2&cursor=${first.nextCursor}`).auth(token, { type: 'bearer' }).expect(200)).body;
    expect(second.items[0].id).toBe(ids[0]);
    expectProblem(await t.http().get('/api/v1/tickets?cursor=bm9wZQ').auth(token, { type: 'bearer' }), 400, 'invalid_cursor');
    const unassigned = (await t.http().get('/api/v1/tickets?assignee=unassigned&limit=100').auth(token, { type: 'bearer' }).expect(200)).body;
    expect(unassigned.items.every((i: { assigneeId: string | null }) => i.assigneeId === null)).toBe(true);
  });
});
