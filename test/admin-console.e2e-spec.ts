import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { connect, listen } from './support/chat-clients';
import { expectProblem } from './support/problem';
import { startTestApp, TestApp } from './support/test-app';
import { adminToken, agentLogin, agentToken, registerCustomer } from './support/wallet-fixtures';

const WEDNESDAY_10_00 = '2027-01-06T02:00:00Z'; // Shanghai
const SUPPORT_CALENDAR_ID = '00000000-0000-4000-8000-00000000ca1e';

/** Every admin write: validated (problem+json with a code), audited (before and after), role-checked (agents 403). */
describe('admin console writes', () => {
  let t: TestApp;
  let admin: string;
  let supervisor: string;
  let agent: string;
  let customer: string;

  beforeAll(async () => {
    t = await startTestApp({ now: WEDNESDAY_10_00 });
    admin = await adminToken(t);
    agent = await agentToken(t);
    supervisor = (await newAgent('supervisor')).token;
    customer = (await registerCustomer(t)).token;
  });
  afterAll(() => t.close());

  const as = (token: string) => ({
    get: (path: string) => t.http().get(`/api/v1${path}`).auth(token, { type: 'bearer' }),
    post: (path: string, body?: object) => t.http().post(`/api/v1${path}`).auth(token, { type: 'bearer' }).send(body),
    put: (path: string, body: object) => t.http().put(`/api/v1${path}`).auth(token, { type: 'bearer' }).send(body),
    patch: (path: string, body: object) => t.http().patch(`/api/v1${path}`).auth(token, { type: 'bearer' }).send(body),
    delete: (path: string) => t.http().delete(`/api/v1${path}`).auth(token, { type: 'bearer' }),
  });
  async function newAgent(role: 'agent' | 'supervisor' | 'admin') {
    const email = `${role}-${randomUUID().slice(0, 8)}@okpay.test`;
    const created = await as(await adminToken(t)).post('/agents', { email, name: `Test ${role}`, role, password: 'a-long-enough-password' }).expect(201);
    return { id: created.body.id as string, email, token: await agentLogin(t, email, 'a-long-enough-password') };
  }
  const trail = async (subjectType: string, subjectId: string) => (await as(admin).get('/admin/audit').query({ subjectType, subjectId }).expect(200)).body;

  /** Agents and customers are refused the write. */
  async function expectGuardedWrite(write: (token: string) => Promise<import('supertest').Response>) {
    expectProblem(await write(agent), 403, 'forbidden');
    expectProblem(await write(customer), 403, 'forbidden');
  }

  it('calendars: hours, holidays and overrides, with a preview of the next openings', async () => {
    const definition = {
      timeZone: 'Asia/Shanghai',
      weekly: { mon: [{ start: '09:00', end: '18:00' }], tue: [{ start: '09:00', end: '18:00' }], wed: [{ start: '09:00', end: '18:00' }], thu: [{ start: '09:00', end: '18:00' }] },
      overrides: [{ kind: 'date', date: '2027-01-07', hours: [] }, { kind: 'date', date: '2027-01-09', hours: [{ start: '10:00', end: '12:00' }] }],
    };
    const preview = await as(supervisor).post('/admin/calendar-previews', { definition, days: 7 }).expect(200);
    expect(preview.body.openings).toEqual([
      { start: '2027-01-06T02:00:00.000Z', end: '2027-01-06T10:00:00.000Z' }, // the rest of today; Thursday is a holiday
      { start: '2027-01-09T02:00:00.000Z', end: '2027-01-09T04:00:00.000Z' }, // a Saturday opened by an override
      { start: '2027-01-11T01:00:00.000Z', end: '2027-01-11T10:00:00.000Z' },
      { start: '2027-01-12T01:00:00.000Z', end: '2027-01-12T10:00:00.000Z' },
      { start: '2027-01-13T01:00:00.000Z', end: '2027-01-13T02:00:00.000Z' },
    ]);
    await expectGuardedWrite((token) => as(token).post('/admin/calendars', { name: 'weekday-cover', definition }));
    const bad = await as(supervisor).post('/admin/calendars', { name: 'bad', definition: { ...definition, timeZone: 'Mars/Olympus_Mons' } });
    expectProblem(bad, 400, 'validation_failed');
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'definition.timeZone', code: 'unknown_time_zone' })]);

    const created = (await as(supervisor).post('/admin/calendars', { name: 'weekday-cover', definition }).expect(201)).body;
    const openings = (await as(agent).get(`/admin/calendars/${created.id}/openings?days=7`).expect(200)).body;
    expect(openings).toEqual(preview.body);
    const replaced = await as(admin).put(`/admin/calendars/${created.id}`, { definition: { ...definition, overrides: [] } }).expect(200);
    expect(replaced.body.version).toBe(2);
    expectProblem(await as(admin).put(`/admin/calendars/${randomUUID()}`, { definition }), 404, 'calendar_not_found');

    const [replacedEntry, createdEntry] = await trail('calendar', created.id);
    expect(createdEntry).toMatchObject({ action: 'calendar.created', before: null, after: { name: 'weekday-cover', version: 1 } });
    expect(replacedEntry).toMatchObject({ action: 'calendar.replaced', before: { version: 1, definition }, after: { version: 2, definition: { overrides: [] } } });
    expect(replacedEntry.at).toBe('2027-01-06T02:00:00.000Z');
  });

  it('queues: which calendar each keeps hours by', async () => {
    await expectGuardedWrite((token) => as(token).put('/admin/queues/callback', { calendarId: SUPPORT_CALENDAR_ID }));
    expectProblem(await as(admin).put('/admin/queues/callback', { calendarId: 'nope' }), 400, 'validation_failed');
    expectProblem(await as(admin).put('/admin/queues/nope', { calendarId: SUPPORT_CALENDAR_ID }), 404, 'queue_not_found');
    await as(supervisor).put('/admin/queues/callback', { calendarId: SUPPORT_CALENDAR_ID }).expect(200);
    const [entry] = await trail('queue', 'callback');
    expect(entry).toMatchObject({ action: 'queue.calendar_assigned', before: { kind: 'callback' }, after: { kind: 'callback', calendarId: SUPPORT_CALENDAR_ID } });
  });

  it('agents: invite, role and routing profile', async () => {
    const invite = { email: `new-${randomUUID().slice(0, 8)}@okpay.test`, name: '刘洋', role: 'agent', password: 'a-long-enough-password' };
    await expectGuardedWrite((token) => as(token).post('/agents', invite));
    expectProblem(await as(supervisor).post('/agents', invite), 403, 'forbidden');
    expectProblem(await as(admin).post('/agents', { ...invite, password: 'short' }), 400, 'validation_failed');
    const invited = (await as(admin).post('/agents', invite).expect(201)).body;
    expect(invited).toMatchObject({ email: invite.email, role: 'agent', active: true });

    await expectGuardedWrite((token) => as(token).patch(`/admin/agents/${invited.id}`, { role: 'supervisor' }));
    expectProblem(await as(admin).patch(`/admin/agents/${invited.id}`, { role: 'owner' }), 400, 'validation_failed');
    expectProblem(await as(admin).patch(`/admin/agents/${randomUUID()}`, { role: 'supervisor' }), 404, 'agent_not_found');
    await as(admin).patch(`/admin/agents/${invited.id}`, { role: 'supervisor' }).expect(200);

    await expectGuardedWrite((token) => as(token).put(`/admin/agents/${invited.id}/routing`, { chatCapacity: 4 }));
    expectProblem(await as(supervisor).put(`/admin/agents/${invited.id}/routing`, { chatCapacity: 0 }), 400, 'validation_failed');
    const routing = await as(supervisor).put(`/admin/agents/${invited.id}/routing`, { chatCapacity: 4, languages: ['zh-CN'], topics: ['payments'] }).expect(200);
    expect(routing.body).toMatchObject({ chatCapacity: 4, languages: ['zh-CN'], topics: ['payments'] });

    const [roleChange, invitation] = await trail('agent', invited.id);
    expect(invitation).toMatchObject({ action: 'agent.invited', before: null, after: { email: invite.email, role: 'agent' } });
    expect(JSON.stringify(invitation)).not.toContain('password');
    expect(roleChange).toMatchObject({ action: 'agent.role_changed', before: { role: 'agent' }, after: { role: 'supervisor' } });
    const [profileChange] = await trail('routing_profile', invited.id);
    expect(profileChange).toMatchObject({ action: 'agent.routing_changed', after: { chatCapacity: 4, languages: ['zh-CN'], topics: ['payments'] } });
  });

  it('canned responses and macros: create, replace, delete', async () => {
    const canned = { name: `refund-${randomUUID().slice(0, 6)}`, locale: 'en', body: 'Hello {{customer.name}}, your refund is on its way.' };
    await expectGuardedWrite((token) => as(token).post('/canned-responses', canned));
    expectProblem(await as(supervisor).post('/canned-responses', { ...canned, body: 'Hello {{#if}}' }), 400, 'invalid_reply_template');
    const created = (await as(supervisor).post('/canned-responses', canned).expect(201)).body;
    await expectGuardedWrite((token) => as(token).put(`/canned-responses/${created.id}`, { ...canned, body: 'Changed' }));
    expectProblem(await as(supervisor).put(`/canned-responses/${created.id}`, { ...canned, locale: 'fr' }), 400, 'validation_failed');
    await as(supervisor).put(`/canned-responses/${created.id}`, { ...canned, body: 'Hi {{customer.name}}, the refund is on its way.' }).expect(200);

    const macro = { name: `refund-macro-${randomUUID().slice(0, 6)}`, actions: { status: 'pending', cannedResponseName: canned.name } };
    await expectGuardedWrite((token) => as(token).post('/macros', macro));
    const createdMacro = (await as(admin).post('/macros', macro).expect(201)).body;
    expectProblem(await as(admin).put(`/macros/${createdMacro.id}`, { ...macro, actions: { cannedResponseName: 'no-such-reply' } }), 404, 'canned_response_not_found');
    await as(admin).put(`/macros/${createdMacro.id}`, { ...macro, actions: { status: 'solved' } }).expect(200);
    await expectGuardedWrite((token) => as(token).delete(`/macros/${createdMacro.id}`));
    await as(admin).delete(`/macros/${createdMacro.id}`).expect(204);
    expectProblem(await as(admin).delete(`/macros/${createdMacro.id}`), 404, 'macro_not_found');
    await expectGuardedWrite((token) => as(token).delete(`/canned-responses/${created.id}`));
    await as(admin).delete(`/canned-responses/${created.id}`).expect(204);

    expect((await trail('canned_response', created.id)).map((e: { action: string }) => e.action)).toEqual([
      'canned_response.deleted',
      'canned_response.replaced',
      'canned_response.created',
    ]);
    const [deleted, replaced, createdEntry] = await trail('macro', createdMacro.id);
    expect(createdEntry).toMatchObject({ action: 'macro.created', after: { actions: { status: 'pending' } } });
    expect(replaced).toMatchObject({ action: 'macro.replaced', before: { actions: { status: 'pending' } }, after: { actions: { status: 'solved' } } });
    expect(deleted).toMatchObject({ action: 'macro.deleted', before: { actions: { status: 'solved' } }, after: null });
  });

  it('SLA targets per priority: new tickets get due times from them', async () => {
    await expectGuardedWrite((token) => as(token).put('/admin/sla-targets/urgent', { firstResponseMinutes: 30, resolutionMinutes: 120 }));
    const tooShort = await as(admin).put('/admin/sla-targets/urgent', { firstResponseMinutes: 30, resolutionMinutes: 20 });
    expectProblem(tooShort, 400, 'validation_failed');
    expect(tooShort.body.errors).toEqual([expect.objectContaining({ field: 'resolutionMinutes' })]);
    expectProblem(await as(admin).put('/admin/sla-targets/urgent', { firstResponseMinutes: 0, resolutionMinutes: 20 }), 400, 'validation_failed');
    expectProblem(await as(admin).put('/admin/sla-targets/whenever', { firstResponseMinutes: 30, resolutionMinutes: 120 }), 404, 'not_found');

    await as(supervisor).put('/admin/sla-targets/urgent', { firstResponseMinutes: 30, resolutionMinutes: 120 }).expect(200);
    expect((await as(agent).get('/admin/sla-targets').expect(200)).body).toContainEqual({ priority: 'urgent', firstResponseMinutes: 30, resolutionMinutes: 120 });
    const ticket = (await as(agent).post('/tickets', { subject: 'Card blocked', body: 'My card was blocked', priority: 'urgent' }).expect(201)).body;
    const urgent = (await as(agent).get(`/tickets/${ticket.id}`).expect(200)).body;
    expect(urgent.sla).toMatchObject({ firstResponse: { dueAt: '2027-01-06T02:30:00.000Z' }, resolution: { dueAt: '2027-01-06T04:00:00.000Z' } });

    const [entry] = await trail('sla_target', 'urgent');
    expect(entry).toMatchObject({ action: 'sla_target.changed', before: { firstResponseMinutes: 60, resolutionMinutes: 240 }, after: { firstResponseMinutes: 30, resolutionMinutes: 120 } });
  });

  it('knowledge-base articles: listed with intents, previewed per locale, read-only', async () => {
    expectProblem(await as(agent).get('/admin/articles'), 403, 'forbidden');
    const articles = (await as(supervisor).get('/admin/articles').expect(200)).body as { id: string; intent: string; versions: { locale: string }[] }[];
    expect(articles.length).toBeGreaterThan(5);
    const both = articles.find((a) => a.versions.length === 2)!;
    expect(both.versions.map((v) => v.locale).sort()).toEqual(['en', 'zh-CN']);
    const preview = (await as(supervisor).get(`/admin/articles/${both.id}/zh-CN`).expect(200)).body;
    expect(preview).toMatchObject({ id: both.id, locale: 'zh-CN', intent: both.intent, html: expect.stringContaining('<') });
    expect(preview.html).not.toMatch(/\{\{/);
    expectProblem(await as(supervisor).get(`/admin/articles/${both.id}/fr`), 404, 'article_not_found');
  });
});

/** Deactivation signs the agent out at once: tokens, sockets, and their chats go back to the queue. */
describe('deactivating an agent', () => {
  let t: TestApp;
  let baseUrl: string;

  beforeAll(async () => {
    t = await startTestApp({ now: WEDNESDAY_10_00 });
    baseUrl = await listen(t);
  });
  afterAll(() => t.close());

  it('refuses their token, closes their sockets and requeues their chats', async () => {
    const admin = await adminToken(t);
    const supervisorEmail = `sup-${randomUUID().slice(0, 8)}@okpay.test`;
    await t.http().post('/api/v1/agents').auth(admin, { type: 'bearer' }).send({ email: supervisorEmail, name: 'Sup', role: 'supervisor', password: 'a-long-enough-password' }).expect(201);
    const supervisor = await agentLogin(t, supervisorEmail, 'a-long-enough-password');
    const email = `leaver-${randomUUID().slice(0, 8)}@okpay.test`;
    const leaver = (await t.http().post('/api/v1/agents').auth(admin, { type: 'bearer' }).send({ email, name: 'Leaver', role: 'agent', password: 'a-long-enough-password' }).expect(201)).body;
    await t.http().put(`/api/v1/admin/agents/${leaver.id}/routing`).auth(admin, { type: 'bearer' }).send({ chatCapacity: 2, languages: ['en', 'zh-CN'] }).expect(200);
    const token = await agentLogin(t, email, 'a-long-enough-password');
    const socket = await connect(baseUrl, '/agent', { token }, baseUrl);
    await t.http().put('/api/v1/agents/me/presence').auth(token, { type: 'bearer' }).send({ presence: 'online' }).expect(200);

    const visitor = (await t.http().post('/api/v1/widget/sessions').send({ locale: 'en' }).expect(201)).body;
    await t.http().post('/api/v1/chat-queue/requests').auth(visitor.visitorToken, { type: 'bearer' }).send({ language: 'en' }).expect(201);
    const [offer] = (await t.http().get('/api/v1/chat-queue/mine').auth(token, { type: 'bearer' }).expect(200)).body;
    await t.http().post(`/api/v1/chat-queue/${offer.id}/accept`).auth(token, { type: 'bearer' }).expect(200);

    const agents = (await t.http().get('/api/v1/agents').auth(admin, { type: 'bearer' }).expect(200)).body as { id: string; email: string }[];
    const demoAdmin = agents.find((a) => a.email === 'admin@okpay.test')!;
    expectProblem(await t.http().post(`/api/v1/admin/agents/${demoAdmin.id}/deactivation`).auth(supervisor, { type: 'bearer' }), 403, 'role_not_allowed');
    expectProblem(await t.http().post(`/api/v1/admin/agents/${demoAdmin.id}/deactivation`).auth(admin, { type: 'bearer' }), 403, 'role_not_allowed');
    expectProblem(await t.http().post(`/api/v1/admin/agents/${leaver.id}/deactivation`).auth(await agentToken(t), { type: 'bearer' }), 403, 'forbidden');
    const disconnected = new Promise<string>((resolve) => socket.socket.once('disconnect', resolve));
    const deactivated = await t.http().post(`/api/v1/admin/agents/${leaver.id}/deactivation`).auth(supervisor, { type: 'bearer' }).expect(200);
    expect(deactivated.body).toMatchObject({ id: leaver.id, active: false });

    expect(await disconnected).toBe('io server disconnect');
    expectProblem(await t.http().get('/api/v1/agents/me/routing').auth(token, { type: 'bearer' }), 401, 'invalid_token');
    await expect(connect(baseUrl, '/agent', { token }, baseUrl)).rejects.toMatchObject({ data: { code: 'invalid_token' } });
    expectProblem(await t.http().post('/api/v1/auth/agents/login').send({ email, password: 'a-long-enough-password' }), 401, 'invalid_credentials');
    const queued = await t.app.get(DataSource).query(`SELECT status, assigned_agent_id FROM chat_queue_entries WHERE conversation_id = $1`, [visitor.conversationId]);
    expect(queued).toEqual([{ status: 'waiting', assigned_agent_id: null }]);
    const [entry] = (await t.http().get('/api/v1/admin/audit').query({ subjectType: 'agent', subjectId: leaver.id }).auth(admin, { type: 'bearer' }).expect(200)).body;
    expect(entry).toMatchObject({ action: 'agent.deactivated', before: { active: true }, after: { active: false } });
  });
});
