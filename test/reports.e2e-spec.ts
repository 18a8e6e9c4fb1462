import { AgentDirectory } from '@okpay/auth';
import { EXACT_MEDIAN_LIMIT, ReportRollups, ReportSlices } from '@okpay/reports';
import { DataSource } from 'typeorm';
import { ChatMessage, ReportOverviewView } from '@okpay/contracts';
import { ChatClient, connect, listen, newChatAgent, visitorSession } from './support/chat-clients';
import { expectProblem } from './support/problem';
import { startTestApp, TestApp } from './support/test-app';
import { adminToken, agentLogin, agentToken, loginCustomer, registerCustomer, TestCustomer } from './support/wallet-fixtures';

// Shanghai (UTC+8), support open Monday–Friday 09:00–18:00. The report covers Wednesday and Thursday.
const TUESDAY_10_00 = '2027-01-12T02:00:00Z';
const WEDNESDAY_08_00 = '2027-01-13T00:00:00Z';
const WEDNESDAY_09_30 = '2027-01-13T01:30:00Z';
const WEDNESDAY_10_00 = '2027-01-13T02:00:00Z';
const WEDNESDAY_10_20 = '2027-01-13T02:20:00Z';
const WEDNESDAY_10_30 = '2027-01-13T02:30:00Z';
const WEDNESDAY_11_00 = '2027-01-13T03:00:00Z';
const WEDNESDAY_11_30 = '2027-01-13T03:30:00Z';
const WEDNESDAY_12_00 = '2027-01-13T04:00:00Z';
const WEDNESDAY_13_00 = '2027-01-13T05:00:00Z';
const WEDNESDAY_17_00 = '2027-01-13T09:00:00Z';
const THURSDAY_13_00 = '2027-01-14T05:00:00Z';
const THURSDAY_18_00 = '2027-01-14T10:00:00Z';
const MINUTE = 60_000;
/** Wednesday's one callback, asked for and answered. */
const THE_CALLBACK = { callbacksRequested: 1, callbacksAnswered: 1 };
/** The counts the scripted days have none of. */
const NONE_OF_THE_REST = { ticketsReopened: 0, chatsAccepted: 0, botAbandoned: 0, callbacksRequested: 0, callbacksAnswered: 0, callbacksMissed: 0 };
/** The demo seed's support calendar, the chat queue's. */
const SUPPORT_CALENDAR_ID = '00000000-0000-4000-8000-00000000ca1e';

/** A scripted day of tickets, replies, solves, chats and ratings, and the figures it must give. */
describe('reports', () => {
  let t: TestApp;
  let baseUrl: string;
  let agent: string;
  let supervisor: string;
  let customer: TestCustomer;
  let demoAgentId: string;
  const numbers: number[] = [];
  const clients: ChatClient[] = [];

  const bearer = { type: 'bearer' as const };
  // Tokens expire as the clock moves over the days, so each step signs in afresh.
  const customerToken = async () => (await loginCustomer(t, customer)).token;
  const open = async (subject: string) =>
    (await t.http().post('/api/v1/tickets').auth(await customerToken(), bearer).send({ subject, body: 'Where is my money?' }).expect(201)).body;
  const reply = async (id: string) => t.http().post(`/api/v1/tickets/${id}/messages`).auth(await agentToken(t), bearer).send({ body: 'Looking into it.' }).expect(201);
  const solve = async (id: string) => t.http().patch(`/api/v1/tickets/${id}`).auth(await agentToken(t), bearer).send({ status: 'solved' }).expect(200);
  const assignToDemoAgent = async (id: string) =>
    t.http().patch(`/api/v1/tickets/${id}`).auth(await agentToken(t), bearer).send({ assigneeId: demoAgentId }).expect(200);
  const rate = async (id: string, score: number) => t.http().post(`/api/v1/tickets/${id}/satisfaction`).auth(await customerToken(), bearer).send({ score }).expect(201);
  const widget = async (token: string) => {
    const client = await connect(baseUrl, '/widget', { token });
    clients.push(client);
    return client;
  };
  const overview = (token: string, query: string) => t.http().get(`/api/v1/reports/overview?${query}`).auth(token, bearer);

  beforeAll(async () => {
    t = await startTestApp({ now: TUESDAY_10_00 });
    baseUrl = await listen(t);
    await t.app.get(AgentDirectory).create({ email: 'supervisor-reports@okpay.test', name: 'Supervisor', role: 'supervisor', password: 'supervisor-test-password' });
    customer = await registerCustomer(t);
    [{ id: demoAgentId }] = await t.app.get(DataSource).query(`SELECT id FROM agents WHERE email = 'agent@okpay.test'`);

    // Tuesday, the day before the range: a ticket answered, solved and rated, and a chat opened.
    const before = await open('Tuesday ticket');
    t.clock.set(new Date(Date.parse(TUESDAY_10_00) + 5 * MINUTE));
    await reply(before.id);
    await solve(before.id);
    await rate(before.id, 1);
    const tuesdayChat = await widget((await visitorSession(t, 'zh-CN')).visitorToken);
    await tuesdayChat.send('充值一般多久到账');
    await tuesdayChat.next<ChatMessage>('message:new', (m) => m.author.type === 'bot');

    // Wednesday 08:00, before opening: answered 09:30 (1.5 h, 0.5 business h), solved 11:00.
    t.clock.set(WEDNESDAY_08_00);
    const early = await open('Top-up missing');
    t.clock.set(WEDNESDAY_09_30);
    await assignToDemoAgent(early.id);
    await reply(early.id);
    // 10:00: answered 10:20, solved 12:00; its subject would be a formula in a spreadsheet.
    t.clock.set(WEDNESDAY_10_00);
    const formula = await open('=HYPERLINK("http://evil.example","refund")');
    t.clock.set(WEDNESDAY_10_20);
    await assignToDemoAgent(formula.id);
    await reply(formula.id);

    // 10:30: a chat the bot answers and the customer thanks it for → resolved by the bot.
    t.clock.set(WEDNESDAY_10_30);
    const thanked = await widget((await visitorSession(t, 'zh-CN')).visitorToken);
    await thanked.send('充值一般多久到账');
    const answer = await thanked.next<ChatMessage>('message:new', (m) => m.author.type === 'bot');
    await thanked.send('谢谢');
    await thanked.next<ChatMessage>('message:new', (m) => m.author.type === 'bot' && m.seq > answer.seq);

    t.clock.set(WEDNESDAY_11_00);
    await solve(early.id);
    // 11:30: a chat handed to the chat queue, an agent being online.
    t.clock.set(WEDNESDAY_11_30);
    const chatAgent = await newChatAgent(t);
    await t.http().put('/api/v1/agents/me/presence').auth(chatAgent.token, bearer).send({ presence: 'online' }).expect(200);
    const handed = await widget((await visitorSession(t, 'zh-CN')).visitorToken);
    await handed.send('充值一般多久到账');
    await handed.next<ChatMessage>('message:new', (m) => m.author.type === 'bot');
    await handed.send('转人工');
    await handed.next<ChatMessage>('message:new', (m) => m.author.type === 'bot' && m.text.includes('人工'));

    t.clock.set(WEDNESDAY_12_00);
    await solve(formula.id);
    t.clock.set(WEDNESDAY_13_00);
    await rate(early.id, 5);
    await rate(formula.id, 2);
    // 13:00: a callback asked for and answered at the first attempt.
    const callback = (await t.http().post('/api/v1/callbacks').send({ phone: '+8613912340001', topic: 'refund', locale: 'zh-CN' }).expect(201)).body;
    await t.http().post(`/api/v1/callbacks/${callback.id}/attempts`).auth(await agentToken(t), bearer).send({ outcome: 'answered' }).expect(201);

    // 17:00: due by Thursday 12:00 (1 business h on Wednesday, 3 on Thursday), answered Thursday 13:00: late.
    t.clock.set(WEDNESDAY_17_00);
    const late = await open('Card declined');
    t.clock.set(THURSDAY_13_00);
    await reply(late.id);
    t.clock.set(THURSDAY_18_00);
    numbers.push(early.number, formula.number, late.number);
    agent = await agentToken(t);
    supervisor = await agentLogin(t, 'supervisor-reports@okpay.test', 'supervisor-test-password');
    customer = await loginCustomer(t, customer);
  });
  afterAll(async () => {
    for (const client of clients.splice(0)) client.close();
    await t.close();
  });

  it('gives exact figures for the scripted days, and nothing from the day before', async () => {
    const report: ReportOverviewView = (await overview(supervisor, 'from=2027-01-13&to=2027-01-14').expect(200)).body;
    expect(report).toEqual({
      from: '2027-01-13',
      to: '2027-01-14',
      timeZone: 'Asia/Shanghai',
      ticketsCreated: 3,
      ticketsSolved: 2,
      conversationsStarted: 2,
      botConversations: 2,
      botResolved: 1,
      handoffs: 1,
      botResolutionRate: 0.5,
      // First responses 1.5 h, 20 min and 20 h; in business time 0.5 h, 20 min and 5 h.
      firstResponseMedianSeconds: 5400,
      firstResponseMedianBusinessSeconds: 1800,
      // Resolutions 3 h (2 business h) and 2 h.
      resolutionMedianSeconds: 9000,
      resolutionMedianBusinessSeconds: 7200,
      csatResponses: 2,
      csatAverage: 3.5,
      slaFirstResponseMetRate: 2 / 3,
      slaResolutionMetRate: 1,
      ...NONE_OF_THE_REST,
      ...THE_CALLBACK,
      // Tuesday and Monday, the two days before: Tuesday's ticket answered in 5 minutes and rated 1.
      previous: expect.objectContaining({ from: '2027-01-11', to: '2027-01-12', ticketsCreated: 1, ticketsSolved: 1, firstResponseMedianSeconds: 300, csatAverage: 1 }),
      series: [
        { date: '2027-01-13', ticketsCreated: 3, ticketsSolved: 2, conversationsStarted: 2, botConversations: 2, botResolved: 1, handoffs: 1, csatResponses: 2, ...NONE_OF_THE_REST, ...THE_CALLBACK },
        { date: '2027-01-14', ticketsCreated: 0, ticketsSolved: 0, conversationsStarted: 0, botConversations: 0, botResolved: 0, handoffs: 0, csatResponses: 0, ...NONE_OF_THE_REST },
      ],
    });
  });

  it('counts the day before on its own, and answers null where nothing was measured', async () => {
    const tuesday: ReportOverviewView = (await overview(supervisor, 'from=2027-01-12&to=2027-01-12').expect(200)).body;
    expect(tuesday).toMatchObject({ ticketsCreated: 1, ticketsSolved: 1, conversationsStarted: 1, botConversations: 1, csatResponses: 1, csatAverage: 1, firstResponseMedianSeconds: 300 });
    const quiet: ReportOverviewView = (await overview(supervisor, 'from=2027-01-15&to=2027-01-15').expect(200)).body;
    expect(quiet).toMatchObject({
      ticketsCreated: 0,
      botResolutionRate: null,
      firstResponseMedianSeconds: null,
      resolutionMedianBusinessSeconds: null,
      csatAverage: null,
      slaFirstResponseMetRate: null,
      slaResolutionMetRate: null,
    });
  });

  it('breaks the scripted day down per channel, hour, priority and intent, and lists the tickets behind a bar', async () => {
    const query = 'from=2027-01-13&to=2027-01-14';
    const get = async (path: string) => (await t.http().get(`/api/v1/reports/${path}`).auth(supervisor, bearer).expect(200)).body;
    // The demo agent solved the two tickets assigned to them (first responses 1.5 h and 20 min, solves 3 h and 2 h, rated 5 and 2) and answered the callback.
    expect(await get(`agents?${query}`)).toEqual([
      {
        agentId: demoAgentId,
        name: 'Demo Agent',
        handled: 3,
        ticketsSolved: 2,
        chatsAccepted: 0,
        firstResponseMedianSeconds: 3300,
        firstResponseMedianBusinessSeconds: 1500,
        resolutionMedianSeconds: 9000,
        resolutionMedianBusinessSeconds: 7200,
        csatResponses: 2,
        csatAverage: 3.5,
        slaFirstResponseMetRate: 1,
        slaResolutionMetRate: 1,
      },
    ]);
    const channels = await get(`channels?${query}`);
    expect(channels).toEqual([
      { channel: 'chat', ticketsCreated: 0, ticketsSolved: 0, conversationsStarted: 2, firstResponseMedianSeconds: null, csatResponses: 0, csatAverage: null },
      { channel: 'phone', ticketsCreated: 0, ticketsSolved: 0, conversationsStarted: 0, firstResponseMedianSeconds: null, csatResponses: 0, csatAverage: null },
      { channel: 'web', ticketsCreated: 3, ticketsSolved: 2, conversationsStarted: 0, firstResponseMedianSeconds: 5400, csatResponses: 2, csatAverage: 3.5 },
    ]);
    // Wednesday: tickets at 08:00, 10:00 and 17:00, chats at 10:30 and 11:30.
    const { cells } = await get(`heatmap?${query}`);
    const wednesday = Object.fromEntries(cells[2].flatMap((count: number, hour: number) => (count ? [[hour, count]] : [])));
    expect(wednesday).toEqual({ 8: 1, 10: 2, 11: 1, 17: 1 });
    expect(cells.flat().reduce((a: number, b: number) => a + b, 0)).toBe(5);
    const sla = await get(`sla?${query}`);
    expect(sla.byPriority).toEqual([expect.objectContaining({ firstResponseMet: 2, firstResponseBreached: 1, firstResponseMetRate: 2 / 3, resolutionMet: 2, resolutionMetRate: 1 })]);
    const intents = await get(`bot-intents?${query}`);
    expect(intents.intents.reduce((sum: { resolved: number; handedOff: number }, row: { resolved: number; handedOff: number }) => ({ resolved: sum.resolved + row.resolved, handedOff: sum.handedOff + row.handedOff }), { resolved: 0, handedOff: 0 })).toEqual({ resolved: 1, handedOff: 1 });
    const samples = intents.intents.flatMap((row: { samples: string[] }) => row.samples);
    expect(samples).toContain('充值一般多久到账');
    const solvedWednesday = await get('tickets?from=2027-01-13&to=2027-01-13&figure=ticketsSolved');
    expect(solvedWednesday.map((ticket: { number: number }) => ticket.number).sort()).toEqual(numbers.slice(0, 2).sort());
    // A filter narrows every figure: nothing came by email.
    expect((await get(`overview?${query}&channel=email`)).ticketsCreated).toBe(0);
    // Two filters at once are read from the events themselves: the same figures as one filter here, every ticket being of one priority.
    const twoFilters = await get(`overview?${query}&channel=web&priority=${sla.byPriority[0].value}`);
    expect(twoFilters).toMatchObject({ ticketsCreated: 3, csatResponses: 2, csatAverage: 3.5, firstResponseMedianSeconds: 5400, firstResponseMedianBusinessSeconds: 1800 });
    expect((await get(`overview?${query}&channel=web&priority=urgent`)).ticketsCreated).toBe(0);
  });

  it('reads medians within 1 % from the rollups’ histograms when there are too many durations to read exactly', async () => {
    const slices = t.app.get(ReportSlices);
    slices.exactMedianLimit = 0;
    try {
      const query = 'from=2027-01-13&to=2027-01-14';
      const exact = { firstResponseMedianSeconds: 5400, firstResponseMedianBusinessSeconds: 1800, resolutionMedianSeconds: 9000, resolutionMedianBusinessSeconds: 7200 };
      // No filter, one filter (both from the rollups), two filters (rolled up in memory).
      for (const filters of ['', '&channel=web', '&channel=web&priority=normal']) {
        const report = (await overview(supervisor, `${query}${filters}`).expect(200)).body;
        for (const [name, seconds] of Object.entries(exact)) expect(Math.abs(report[name] - seconds) / seconds).toBeLessThanOrEqual(0.01);
      }
      const [agent] = (await t.http().get(`/api/v1/reports/agents?${query}`).auth(supervisor, bearer).expect(200)).body;
      expect(Math.abs(agent.firstResponseMedianSeconds - 3300) / 3300).toBeLessThanOrEqual(0.01);
    } finally {
      slices.exactMedianLimit = EXACT_MEDIAN_LIMIT;
    }
  });

  it('keeps rollups equal to a recomputation from the events', async () => {
    const dataSource = t.app.get(DataSource);
    const snapshot = () => dataSource.query(`SELECT * FROM report_daily ORDER BY dimension, value, day, metric`);
    const kept = await snapshot();
    expect(kept.length).toBeGreaterThan(0);
    expect(await t.app.get(ReportRollups).rebuild()).toBeGreaterThan(0);
    expect(await snapshot()).toEqual(kept);
  });

  it.each([
    ['channel=fax', 'channel'],
    ['locale=fr', 'locale'],
    ['priority=asap', 'priority'],
    ['agent=not-a-uuid', 'agent'],
  ])('refuses the filter %s', async (filter, field) => {
    const response = await overview(supervisor, `from=2027-01-13&to=2027-01-14&${filter}`);
    expectProblem(response, 400, 'validation_failed');
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('exports one CSV row per ticket created in the range, with its number, a formula neutralised', async () => {
    const admin = await adminToken(t);
    const response = await t.http().get('/api/v1/reports/tickets.csv?from=2027-01-13&to=2027-01-14').auth(admin, bearer).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const lines = response.text.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^number,created_at,/);
    expect(lines.slice(1).map((line) => Number(line.split(',')[0]))).toEqual(numbers);
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil.example"",""refund"")"`);
    expect(lines[1]).toContain(',met,');
    expect(lines[3]).toContain(',breached,');
  });

  it('exports one CSV row per chat conversation started in the range, with its bot outcome', async () => {
    const response = await t.http().get('/api/v1/reports/conversations.csv?from=2027-01-13&to=2027-01-14').auth(supervisor, bearer).expect(200);
    const lines = response.text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).map((line) => line.split(',')[6])).toEqual(['resolved', 'handed_off']);
  });

  it('is for admins and supervisors only', async () => {
    expectProblem(await overview(agent, 'from=2027-01-13&to=2027-01-14'), 403, 'forbidden');
    expectProblem(await t.http().get('/api/v1/reports/tickets.csv?from=2027-01-13&to=2027-01-14').auth(agent, bearer), 403, 'forbidden');
    expectProblem(await overview(customer.token, 'from=2027-01-13&to=2027-01-14'), 403, 'forbidden');
  });

  it.each([
    ['from=2027-02-30&to=2027-03-01', 'invalid_date'],
    ['from=2027-01-14&to=2027-01-13', 'before_from'],
    ['from=2026-01-01&to=2027-01-13', 'range_too_long'],
    ['from=13.01.2027&to=2027-01-13', null],
  ])('refuses %s', async (query, fieldCode) => {
    const response = await overview(supervisor, query);
    expectProblem(response, 400, 'validation_failed');
    if (fieldCode) expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ code: fieldCode })]));
  });

  it('counts business time on the calendar, a holiday not counting', async () => {
    const admin = await adminToken(t);
    const calendars: { id: string; definition: { overrides: object[] } }[] = (await t.http().get('/api/v1/admin/calendars').auth(admin, bearer).expect(200)).body;
    const calendar = calendars.find((c) => c.id === SUPPORT_CALENDAR_ID)!;
    const holiday = { ...calendar.definition, overrides: [...calendar.definition.overrides, { kind: 'date', date: '2027-01-20', hours: [] }] };
    await t.http().put(`/api/v1/admin/calendars/${calendar.id}`).auth(admin, bearer).send({ definition: holiday }).expect(200);
    // Tuesday 17:00, answered Thursday 10:00 after a Wednesday holiday: 41 hours, 2 of them business hours.
    t.clock.set('2027-01-19T09:00:00Z');
    const ticket = await open('Over the holiday');
    t.clock.set('2027-01-21T02:00:00Z');
    await reply(ticket.id);
    const report = (await overview(await agentLogin(t, 'supervisor-reports@okpay.test', 'supervisor-test-password'), 'from=2027-01-19&to=2027-01-21').expect(200)).body;
    expect(report).toMatchObject({ ticketsCreated: 1, firstResponseMedianSeconds: 41 * 3600, firstResponseMedianBusinessSeconds: 2 * 3600, slaFirstResponseMetRate: 1 });
  });

  it('counts days and business time right across a DST change', async () => {
    const admin = await adminToken(t);
    // Berlin moves from 02:00 CET to 03:00 CEST on Sunday 2027-03-28; support is open 00:00–04:00 every day.
    const nightly = [{ start: '00:00', end: '04:00' }];
    const definition = { timeZone: 'Europe/Berlin', weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, nightly])), overrides: [] };
    await t.http().put(`/api/v1/admin/calendars/${SUPPORT_CALENDAR_ID}`).auth(admin, bearer).send({ definition }).expect(200);
    // Saturday 23:00 CET, answered Sunday 05:00 CEST: 5 hours on the wall, 3 of them business hours (00:00–04:00 is 3 hours that night).
    t.clock.set('2027-03-27T22:00:00Z');
    const ticket = await open('Over the clock change');
    t.clock.set('2027-03-28T03:00:00Z');
    await reply(ticket.id);
    const reporter = await agentLogin(t, 'supervisor-reports@okpay.test', 'supervisor-test-password');
    const saturday = (await overview(reporter, 'from=2027-03-27&to=2027-03-27').expect(200)).body;
    expect(saturday).toMatchObject({ timeZone: 'Europe/Berlin', ticketsCreated: 1, firstResponseMedianSeconds: null });
    const sunday = (await overview(reporter, 'from=2027-03-28&to=2027-03-28').expect(200)).body;
    expect(sunday).toMatchObject({ ticketsCreated: 0, firstResponseMedianSeconds: 5 * 3600, firstResponseMedianBusinessSeconds: 3 * 3600 });
  });
});
