import { DataSource } from 'typeorm';
import { expectProblem } from './support/problem';
import { startTestApp, TestApp } from './support/test-app';

const ADMIN = { email: 'admin@okpay.test', password: 'admin-demo-password' };
const AGENT = { email: 'agent@okpay.test', password: 'agent-demo-password' };
const CUSTOMER = { email: 'customer@okpay.test', password: 'customer-demo-password' };

describe('identity and access', () => {
  let t: TestApp;
  let ipCounter = 0;
  /** Each test speaks from its own client address, so per-address limits stay out of its way. */
  const freshIp = () => `203.0.113.${++ipCounter}`;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const agentToken = async (credentials = ADMIN) =>
    (await t.http().post('/api/v1/auth/agents/login').set('x-forwarded-for', freshIp()).send(credentials).expect(200)).body
      .token as string;
  const customerToken = async () =>
    (await t.http().post('/api/v1/auth/customers/login').set('x-forwarded-for', freshIp()).send(CUSTOMER).expect(200)).body
      .token as string;

  describe('login', () => {
    it('logs in the demo agents and customer of the contract', async () => {
      const admin = await t.http().post('/api/v1/auth/agents/login').send(ADMIN).expect(200);
      expect(admin.body).toEqual({
        token: expect.any(String),
        agent: { id: expect.any(String), email: ADMIN.email, name: expect.any(String), role: 'admin', active: true },
      });
      const agent = await t.http().post('/api/v1/auth/agents/login').send(AGENT).expect(200);
      expect(agent.body.agent.role).toBe('agent');
      const customer = await t.http().post('/api/v1/auth/customers/login').send(CUSTOMER).expect(200);
      expect(customer.body.customer).toMatchObject({ email: CUSTOMER.email, locale: 'zh-CN' });
    });

    it('answers a wrong password and an unknown account alike, with 401', async () => {
      const ip = freshIp();
      const wrong = await t.http().post('/api/v1/auth/agents/login').set('x-forwarded-for', ip).send({ ...ADMIN, password: 'nope' });
      expectProblem(wrong, 401, 'invalid_credentials');
      const unknown = await t
        .http()
        .post('/api/v1/auth/agents/login')
        .set('x-forwarded-for', ip)
        .send({ email: 'nobody@okpay.test', password: 'nope' });
      expectProblem(unknown, 401, 'invalid_credentials');
      expect(unknown.body.detail).toBe(wrong.body.detail);
    });

    it('pauses an account after 5 wrong passwords in a row for unknown addresses, twice as long each time', async () => {
      const account = { email: AGENT.email, password: 'wrong-password' };
      for (let i = 1; i <= 5; i++) {
        // A new address each time: this is the per-account backoff, not the per-address limit.
        const response = await t.http().post('/api/v1/auth/agents/login').set('x-forwarded-for', freshIp()).send(account);
        expectProblem(response, 401, 'invalid_credentials');
      }
      const sixth = await t.http().post('/api/v1/auth/agents/login').set('x-forwarded-for', freshIp()).send(account);
      expectProblem(sixth, 429, 'too_many_login_attempts');
      expect(sixth.headers['retry-after']).toBe('30');

      // Even the right password waits out the pause from an address the account never used; otherwise guessing would go on.
      const right = await t.http().post('/api/v1/auth/agents/login').set('x-forwarded-for', freshIp()).send(AGENT);
      expectProblem(right, 429, 'too_many_login_attempts');

      // The next wrong password after the pause doubles it.
      t.clock.advance(30_000);
      expectProblem(await t.http().post('/api/v1/auth/agents/login').set('x-forwarded-for', freshIp()).send(account), 401, 'invalid_credentials');
      const paused = await t.http().post('/api/v1/auth/agents/login').set('x-forwarded-for', freshIp()).send(AGENT);
      expectProblem(paused, 429, 'too_many_login_attempts');
      expect(paused.headers['retry-after']).toBe('60');

      t.clock.advance(60_000);
      await t.http().post('/api/v1/auth/agents/login').set('x-forwarded-for', freshIp()).send(AGENT).expect(200);
      // A success ends the streak: wrong passwords are free again.
      expectProblem(await t.http().post('/api/v1/auth/agents/login').set('x-forwarded-for', freshIp()).send(account), 401, 'invalid_credentials');
    });

    it('refuses the 11th wrong password from one address within a minute, across accounts', async () => {
      const ip = freshIp();
      for (let i = 1; i <= 10; i++) {
        const response = await t
          .http()
          .post('/api/v1/auth/customers/login')
          .set('x-forwarded-for', ip)
          .send({ email: `guess${i}@example.com`, password: 'x' });
        expectProblem(response, 401, 'invalid_credentials');
      }
      const eleventh = await t.http().post('/api/v1/auth/customers/login').set('x-forwarded-for', ip).send(CUSTOMER);
      expectProblem(eleventh, 429, 'too_many_login_attempts');
      await t.http().post('/api/v1/auth/customers/login').set('x-forwarded-for', freshIp()).send(CUSTOMER).expect(200);
    });

    it('never locks the owner out: an address the customer signed in from gets in while guesses from elsewhere are slowed', async () => {
      const email = 'owner@example.com';
      const ownerIp = freshIp();
      await t.http().post('/api/v1/auth/customers/register').send({ email, password: 'the right one', name: 'Owner', locale: 'en' }).expect(201);
      await t.http().post('/api/v1/auth/customers/login').set('x-forwarded-for', ownerIp).send({ email, password: 'the right one' }).expect(200);

      // An attacker guesses from many addresses, waiting out each pause, until the pause is at its longest.
      let checked = 0;
      let paused = 0;
      while (checked < 10) {
        const guess = await t.http().post('/api/v1/auth/customers/login').set('x-forwarded-for', freshIp()).send({ email, password: `guess-${checked}` });
        if (guess.status === 429) {
          paused++;
          t.clock.advance(Number(guess.headers['retry-after']) * 1000);
        } else {
          expectProblem(guess, 401, 'invalid_credentials');
          checked++;
        }
      }
      // From the 5th wrong password on, each one paused the next guess.
      expect(paused).toBe(5);
      const slowed = await t.http().post('/api/v1/auth/customers/login').set('x-forwarded-for', freshIp()).send({ email, password: 'the right one' });
      expectProblem(slowed, 429, 'too_many_login_attempts');
      expect(Number(slowed.headers['retry-after'])).toBe(15 * 60);

      // Support sees the streak and the pause.
      const [state] = await t.app.get(DataSource).query(`SELECT failed_login_count, locked_until FROM customers WHERE email = $1`, [email]);
      expect(state.failed_login_count).toBe(10);
      expect(new Date(state.locked_until).getTime()).toBe(t.clock.now().getTime() + 15 * 60_000);

      // The owner, from the address they signed in from before, is not paused.
      await t.http().post('/api/v1/auth/customers/login').set('x-forwarded-for', ownerIp).send({ email, password: 'the right one' }).expect(200);
      const [cleared] = await t.app.get(DataSource).query(`SELECT failed_login_count, locked_until FROM customers WHERE email = $1`, [email]);
      expect(cleared).toEqual({ failed_login_count: 0, locked_until: null });
    });

    it('counts parallel guesses before checking them, so no more than the free ones get checked', async () => {
      const account = { email: 'parallel@example.com', password: 'guess' };
      const responses = await Promise.all(
        Array.from({ length: 20 }, () =>
          t.http().post('/api/v1/auth/customers/login').set('x-forwarded-for', freshIp()).send(account),
        ),
      );
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 401)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    });
  });

  describe('guards', () => {
    it('answers 401 on an agent route without a token', async () => {
      expectProblem(await t.http().get('/api/v1/agents'), 401, 'unauthenticated');
    });

    it('answers 401 for a forged, tampered or unsigned token', async () => {
      const token = await agentToken();
      const [header, payload, signature] = token.split('.');
      const tampered = `${header}.${Buffer.from(
        JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'admin', sub: '00000000-0000-4000-8000-000000000000' }),
      ).toString('base64url')}.${signature}`;
      const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
      for (const bad of [tampered, unsigned, 'not-a-jwt']) {
        expectProblem(await t.http().get('/api/v1/agents').auth(bad, { type: 'bearer' }), 401, 'invalid_token');
      }
    });

    it('answers 401 once an agent token has expired', async () => {
      const token = await agentToken();
      t.clock.advance(13 * 3600_000);
      expectProblem(await t.http().get('/api/v1/agents').auth(token, { type: 'bearer' }), 401, 'invalid_token');
    });

    it('answers 403 for a customer or visitor token on an agent route', async () => {
      const customer = await customerToken();
      expectProblem(await t.http().get('/api/v1/agents').auth(customer, { type: 'bearer' }), 403, 'forbidden');
      const { visitorToken } = (await t.http().post('/api/v1/widget/sessions').send({ locale: 'en' }).expect(201)).body;
      expectProblem(await t.http().get('/api/v1/agents').auth(visitorToken, { type: 'bearer' }), 403, 'forbidden');
    });

    it('lets only admins create agents, and the new agent can log in', async () => {
      const newAgent = { email: 'Wang.Fang@okpay.test', name: '王芳', role: 'supervisor', password: 'a-long-enough-password' };
      const asAgent = await t.http().post('/api/v1/agents').auth(await agentToken(AGENT), { type: 'bearer' }).send(newAgent);
      expectProblem(asAgent, 403, 'forbidden');

      const admin = await agentToken();
      const created = await t.http().post('/api/v1/agents').auth(admin, { type: 'bearer' }).send(newAgent).expect(201);
      expect(created.body).toEqual({ id: expect.any(String), email: 'wang.fang@okpay.test', name: '王芳', role: 'supervisor', active: true });
      expect(created.body).not.toHaveProperty('passwordHash');

      const again = await t.http().post('/api/v1/agents').auth(admin, { type: 'bearer' }).send(newAgent);
      expectProblem(again, 409, 'agent_email_taken');

      const supervisor = await agentToken({ email: 'wang.fang@okpay.test', password: newAgent.password });
      const list = await t.http().get('/api/v1/agents').auth(supervisor, { type: 'bearer' }).expect(200);
      expect(list.body.map((a: { email: string }) => a.email)).toEqual(['admin@okpay.test', 'agent@okpay.test', 'wang.fang@okpay.test']);
    });
  });

  describe('customer registration', () => {
    it('registers a customer who can then log in, with the phone stored in E.164', async () => {
      const response = await t
        .http()
        .post('/api/v1/auth/customers/register')
        .send({ email: 'li.lei@example.com', password: 'correct horse', name: '李雷', locale: 'zh-CN', phone: '+86 138 0013 8001' })
        .expect(201);
      expect(response.body).toEqual({
        token: expect.any(String),
        customer: { id: expect.any(String), email: 'li.lei@example.com', name: '李雷', locale: 'zh-CN', phone: '+8613800138001' },
      });
      await t
        .http()
        .post('/api/v1/auth/customers/login')
        .set('x-forwarded-for', freshIp())
        .send({ email: 'LI.LEI@example.com', password: 'correct horse' })
        .expect(200);
    });

    it('refuses a second account with the same email with 409', async () => {
      const body = { email: 'twice@example.com', password: 'correct horse', name: 'Twice', locale: 'en' };
      await t.http().post('/api/v1/auth/customers/register').send(body).expect(201);
      expectProblem(await t.http().post('/api/v1/auth/customers/register').send(body), 409, 'email_already_registered');
    });

    it('answers an unknown field with 400 listing it, and writes nothing', async () => {
      const response = await t
        .http()
        .post('/api/v1/auth/customers/register')
        .send({ email: 'sneaky@example.com', password: 'correct horse', name: 'S', locale: 'en', role: 'admin' });
      expectProblem(response, 400, 'validation_failed');
      expect(response.body.errors).toEqual([{ field: 'role', code: 'unknown_field', message: expect.any(String) }]);

      const rows = await t.app.get(DataSource).query('SELECT 1 FROM customers WHERE email = $1', ['sneaky@example.com']);
      expect(rows).toHaveLength(0);
    });

    it('lists every bad field with its own code', async () => {
      const response = await t
        .http()
        .post('/api/v1/auth/customers/register')
        .send({ email: 'not-an-email', password: 'short', name: '', locale: 'fr', phone: '+86 123' });
      expectProblem(response, 400, 'validation_failed');
      const fields = new Set(response.body.errors.map((e: { field: string }) => e.field));
      expect(fields).toEqual(new Set(['email', 'password', 'name', 'locale', 'phone']));
      expect(response.body.errors).toContainEqual({ field: 'phone', code: 'is_international_phone', message: expect.any(String) });
    });
  });

  describe('widget visitors', () => {
    it('hands out a visitor token with a conversation id', async () => {
      const response = await t.http().post('/api/v1/widget/sessions').send({}).expect(201);
      expect(response.body).toEqual({ visitorToken: expect.any(String), conversationId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    });
  });
});
