import { CallbackQueue, QUEUE_CALENDAR_TTL_MS } from '@okpay/routing';
import { DataSource } from 'typeorm';
import { expectProblem } from './support/problem';
import { startTestApp, TestApp } from './support/test-app';
import { adminToken, agentToken, loginCustomer, registerCustomer } from './support/wallet-fixtures';

const SUPPORT_CALENDAR_ID = '00000000-0000-4000-8000-00000000ca1e';
const WEEKDAY_HOURS = { start: '09:00', end: '18:00' };
const DEMO_DEFINITION = {
  timeZone: 'Asia/Shanghai',
  weekly: { mon: [WEEKDAY_HOURS], tue: [WEEKDAY_HOURS], wed: [WEEKDAY_HOURS], thu: [WEEKDAY_HOURS], fri: [WEEKDAY_HOURS] },
  overrides: [{ kind: 'date', date: '2027-01-01', hours: [] }],
};

describe('business hours and callbacks', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ now: '2027-01-06T02:00:00Z' }); // Wednesday 10:00 in Shanghai
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.set('2027-01-06T02:00:00Z'));

  describe('GET /business-hours/status on the contract calendar', () => {
    const status = (query: string) => t.http().get(`/api/v1/business-hours/status?${query}`).expect(200);

    it('is open at Friday 17:59 Shanghai and closes at 18:00', async () => {
      expect((await status('queue=chat&at=2027-01-08T09:59:00Z')).body).toEqual({
        open: true,
        timeZone: 'Asia/Shanghai',
        closesAt: '2027-01-08T10:00:00.000Z',
      });
    });

    it('is closed at Friday 18:00 itself and opens Monday 09:00', async () => {
      expect((await status('queue=callback&at=2027-01-08T10:00:00Z')).body).toEqual({
        open: false,
        timeZone: 'Asia/Shanghai',
        opensAt: '2027-01-11T01:00:00.000Z',
      });
    });

    it('is closed all day on 2027-01-01 and opens on Monday the 4th', async () => {
      expect((await status('at=2027-01-01T03:00:00Z')).body).toMatchObject({ open: false, opensAt: '2027-01-04T01:00:00.000Z' });
    });

    it('defaults to now on the injected clock, and refuses a bad instant', async () => {
      expect((await status('queue=chat')).body).toMatchObject({ open: true, closesAt: '2027-01-06T10:00:00.000Z' });
      expectProblem(await t.http().get('/api/v1/business-hours/status?at=yesterday'), 400, 'validation_failed');
      expectProblem(await t.http().get('/api/v1/business-hours/status?queue=email'), 400, 'validation_failed');
    });
  });

  describe('calendar administration', () => {
    const put = (token: string, definition: object) =>
      t.http().put(`/api/v1/admin/calendars/${SUPPORT_CALENDAR_ID}`).auth(token, { type: 'bearer' }).send({ definition });

    it('lets only admins edit, and a Saturday shift then opens Saturday', async () => {
      expectProblem(await put(await agentToken(t), DEMO_DEFINITION), 403, 'forbidden');
      const admin = await adminToken(t);
      const withSaturday = { ...DEMO_DEFINITION, weekly: { ...DEMO_DEFINITION.weekly, sat: [{ start: '10:00', end: '14:00' }] } };
      const updated = await put(admin, withSaturday).expect(200);
      expect(updated.body.version).toBe(2);
      const saturday = await t.http().get('/api/v1/business-hours/status?at=2027-01-09T03:00:00Z').expect(200);
      expect(saturday.body).toMatchObject({ open: true, closesAt: '2027-01-09T06:00:00.000Z' });
      await put(admin, DEMO_DEFINITION).expect(200);
    });

    it.each([
      ['an unknown time zone', { ...DEMO_DEFINITION, timeZone: 'Mars/Olympus_Mons' }, 'definition.timeZone', 'unknown_time_zone'],
      ['an interval that ends where it starts', { ...DEMO_DEFINITION, weekly: { mon: [{ start: '09:00', end: '09:00' }] } }, 'definition.weekly.mon[0]', 'empty_interval'],
      [
        'overlapping overrides',
        { ...DEMO_DEFINITION, overrides: [{ kind: 'date', date: '2027-02-10', hours: [] }, { kind: 'date_range', from: '2027-02-09', to: '2027-02-12', hours: [] }] },
        'definition.overrides',
        'overlapping_overrides',
      ],
    ])('refuses %s with 400 naming it, and changes nothing', async (_, definition, field, code) => {
      const admin = await adminToken(t);
      const before = (await t.http().get('/api/v1/admin/calendars').auth(admin, { type: 'bearer' }).expect(200)).body;
      const response = await put(admin, definition);
      expectProblem(response, 400, 'validation_failed');
      expect(response.body.errors).toContainEqual(expect.objectContaining({ field: expect.stringContaining(field), code }));
      const after = (await t.http().get('/api/v1/admin/calendars').auth(admin, { type: 'bearer' }).expect(200)).body;
      expect(after).toEqual(before);
    });

    it('refuses a malformed definition before looking at its values', async () => {
      const response = await put(await adminToken(t), { timeZone: 'Asia/Shanghai', weekly: { mon: [{ start: 'nine', end: '18:00' }] } });
      expectProblem(response, 400, 'validation_failed');
      expect(response.body.errors[0].field).toBe('definition.weekly.mon.0.start');
    });

    it('sees an edit made by another process once its copy has lived QUEUE_CALENDAR_TTL_MS', async () => {
      const status = async () => (await t.http().get('/api/v1/business-hours/status?at=2027-01-09T03:00:00Z').expect(200)).body.open;
      expect(await status()).toBe(false); // Saturday; the calendar is now in this process's memory
      const withSaturday = { ...DEMO_DEFINITION, weekly: { ...DEMO_DEFINITION.weekly, sat: [{ start: '10:00', end: '14:00' }] } };
      const db = t.app.get(DataSource);
      // As another api or worker process would: straight in the database, unseen by this one.
      await db.query(`UPDATE business_calendars SET definition = $2, version = version + 1 WHERE id = $1`, [SUPPORT_CALENDAR_ID, JSON.stringify(withSaturday)]);
      try {
        expect(await status()).toBe(false);
        t.clock.advance(QUEUE_CALENDAR_TTL_MS);
        expect(await status()).toBe(true);
      } finally {
        await put(await adminToken(t), DEMO_DEFINITION).expect(200);
      }
      expect(await status()).toBe(false);
    });

    it('lets a queue use another calendar', async () => {
      const admin = await adminToken(t);
      const allDay = { timeZone: 'Asia/Shanghai', weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ start: '00:00', end: '24:00' }]])) };
      const created = await t.http().post('/api/v1/admin/calendars').auth(admin, { type: 'bearer' }).send({ name: 'always-on', definition: allDay }).expect(201);
      await t.http().put('/api/v1/admin/queues/callback').auth(admin, { type: 'bearer' }).send({ calendarId: created.body.id }).expect(200);
      expect((await t.http().get('/api/v1/business-hours/status?queue=callback&at=2027-01-09T15:00:00Z').expect(200)).body.open).toBe(true);
      expect((await t.http().get('/api/v1/business-hours/status?queue=chat&at=2027-01-09T15:00:00Z').expect(200)).body.open).toBe(false);
      await t.http().put('/api/v1/admin/queues/callback').auth(admin, { type: 'bearer' }).send({ calendarId: SUPPORT_CALENDAR_ID }).expect(200);
    });
  });

  describe('callbacks', () => {
    let callers = 0;
    // Each request from its own caller's address, as in life (callbacks are rate-limited per address).
    const request = (body: object, token?: string) => {
      const call = t.http().post('/api/v1/callbacks').set('X-Forwarded-For', `198.51.100.${++callers}`);
      return (token ? call.auth(token, { type: 'bearer' }) : call).send({ topic: 'top-up missing', locale: 'en', ...body });
    };

    it('schedules a request made while closed into the next opening', async () => {
      t.clock.set('2027-01-08T11:00:00Z'); // Friday 19:00 Shanghai
      const response = await request({ phone: '+86 138 0013 8111' }).expect(201);
      expect(response.body).toMatchObject({ status: 'scheduled', scheduledFor: '2027-01-11T01:00:00.000Z', timeZone: 'Asia/Shanghai' });
    });

    it("calls only in the customer's daytime: a New York number gets Shanghai 09:00 = New York 20:00", async () => {
      // Wednesday 10:00 Shanghai is 21:00 Tuesday in New York: too late there. The first hour when
      // we are open and it is 08:00–21:00 in New York is Thursday 09:00 Shanghai.
      const response = await request({ phone: '+1 212 736 5000' }).expect(201);
      expect(response.body).toMatchObject({ scheduledFor: '2027-01-07T01:00:00.000Z', timeZone: 'America/New_York' });
      const london = await request({ phone: '+44 20 7946 0958' }).expect(201);
      // 02:00 in London now; its 08:00 is 16:00 in Shanghai, still open.
      expect(london.body).toMatchObject({ scheduledFor: '2027-01-06T08:00:00.000Z', timeZone: 'Europe/London' });
    });

    it('honours a preferred time and an explicit time zone', async () => {
      const response = await request({ phone: '+86 139 0013 9222', preferredAt: '2027-01-07T06:30:00Z' }).expect(201);
      expect(response.body.scheduledFor).toBe('2027-01-07T06:30:00.000Z');
      expectProblem(await request({ phone: '+86 139 0013 9223', timeZone: 'Nowhere/Land' }), 400, 'unknown_time_zone');
    });

    it.each([
      ['not a number', '12345', 'invalid_phone'],
      ['a premium-rate number', '+44 909 879 0000', 'premium_rate_number'],
      ['a shared-cost number', '+86 400 810 8888', 'shared_cost_number'],
    ])('refuses %s with its own code, and stores nothing', async (_, phone, code) => {
      expectProblem(await request({ phone }), 400, code);
      const [{ n }] = await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM callback_requests WHERE phone LIKE $1`, [`%${phone.replace(/\D/g, '').slice(-6)}`]);
      expect(n).toBe(0);
    });

    it('answers a second request for the same number with the call already booked', async () => {
      const first = await request({ phone: '+44 7400 123456' }).expect(201);
      const again = await request({ phone: '+447400123456' }).expect(201);
      expect(again.body).toEqual(first.body);
      const [{ n }] = await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM callback_requests WHERE phone = '+447400123456'`);
      expect(n).toBe(1);
    });

    it('keeps one active callback per customer, which only they can cancel', async () => {
      const customer = await registerCustomer(t);
      const stranger = await registerCustomer(t);
      const first = await request({ phone: '+86 137 0013 7001' }, customer.token).expect(201);
      expectProblem(await request({ phone: '+86 137 0013 7002' }, customer.token), 409, 'callback_already_active');
      expectProblem(await t.http().post(`/api/v1/callbacks/${first.body.id}/cancel`).auth(stranger.token, { type: 'bearer' }), 404, 'callback_not_found');
      const cancelled = await t.http().post(`/api/v1/callbacks/${first.body.id}/cancel`).auth(customer.token, { type: 'bearer' }).expect(200);
      expect(cancelled.body.status).toBe('cancelled');
      await request({ phone: '+86 137 0013 7002' }, (await loginCustomer(t, customer)).token).expect(201);
    });

    it('retries no answer and busy at least 10 minutes later, three calls in all, moving a late retry to the next opening', async () => {
      const created = await request({ phone: '+86 136 0013 6001' }).expect(201);
      // A fresh agent token per call: the clock jumps further than a token lives.
      const attempt = async (outcome: string) =>
        t.http().post(`/api/v1/callbacks/${created.body.id}/attempts`).auth(await agentToken(t), { type: 'bearer' }).send({ outcome }).expect(201);

      const first = await attempt('no_answer');
      expect(first.body).toMatchObject({ status: 'scheduled', attempts: 1, scheduledFor: '2027-01-06T02:10:00.000Z' });

      t.clock.set('2027-01-06T09:55:00Z'); // 17:55 Shanghai: ten minutes later we are closed
      const second = await attempt('busy');
      expect(second.body).toMatchObject({ status: 'scheduled', attempts: 2, scheduledFor: '2027-01-07T01:00:00.000Z' });

      t.clock.set('2027-01-07T01:00:00Z');
      const third = await attempt('no_answer');
      expect(third.body).toMatchObject({ status: 'unreachable', attempts: 3 });
      const late = await t.http().post(`/api/v1/callbacks/${created.body.id}/attempts`).auth(await agentToken(t), { type: 'bearer' }).send({ outcome: 'answered' });
      expectProblem(late, 422, 'callback_not_active');
    });

    it('ends on an answer and lists due callbacks by priority, then first arrival', async () => {
      const agent = await agentToken(t);
      const a = await request({ phone: '+86 135 0013 5001' }).expect(201);
      t.clock.advance(60_000);
      const b = await request({ phone: '+86 135 0013 5002' }).expect(201);
      const due = (await t.http().get('/api/v1/callbacks?due=true').auth(agent, { type: 'bearer' }).expect(200)).body.map((c: { id: string }) => c.id);
      expect(due.indexOf(a.body.id)).toBeLessThan(due.indexOf(b.body.id));
      expectProblem(await t.http().get('/api/v1/callbacks').auth((await registerCustomer(t)).token, { type: 'bearer' }), 403, 'forbidden');

      const answered = await t.http().post(`/api/v1/callbacks/${a.body.id}/attempts`).auth(agent, { type: 'bearer' }).send({ outcome: 'answered' }).expect(201);
      expect(answered.body).toMatchObject({ status: 'completed', lastOutcome: 'answered' });
    });

    it('expires a callback nobody made, through its durable job, but not after a retry moved it on', async () => {
      const created = await request({ phone: '+86 134 0013 4001' }).expect(201);
      const jobs = await t.app.get(DataSource).query(`SELECT data, start_after FROM pgboss.job WHERE name = 'routing.expire-callback' AND data->>'callbackId' = $1`, [created.body.id]);
      expect(jobs).toEqual([{ data: { callbackId: created.body.id, attempt: 0 }, start_after: new Date('2027-01-06T06:00:00.000Z') }]);

      const agent = await agentToken(t);
      await t.http().post(`/api/v1/callbacks/${created.body.id}/attempts`).auth(agent, { type: 'bearer' }).send({ outcome: 'busy' }).expect(201);
      const queue = t.app.get(CallbackQueue);
      expect(await queue.expire({ callbackId: created.body.id, attempt: 0 })).toBe(false);
      expect(await queue.expire({ callbackId: created.body.id, attempt: 1 })).toBe(true);
      const [{ status }] = await t.app.get(DataSource).query(`SELECT status FROM callback_requests WHERE id = $1`, [created.body.id]);
      expect(status).toBe('expired');
      // Not lost: the request became a ticket for the phone team.
      const [ticket] = await t.app.get(DataSource).query(
        `SELECT t.subject, t.channel, t.priority, c.phone FROM tickets t JOIN contacts c ON c.id = t.contact_id WHERE c.phone = '+8613400134001'`,
      );
      expect(ticket).toEqual({ subject: 'Callback not made in time: top-up missing', channel: 'phone', priority: 'high', phone: '+8613400134001' });
    });
  });
});
