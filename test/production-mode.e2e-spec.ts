import { AgentDirectory, WidgetIdentitySigner } from '@okpay/auth';
import { ModuleRef } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { DemoSeed } from '../apps/api/src/seed/demo-seed';
import { DemoWidgetIdentity } from '../apps/api/src/seed/demo-widget-identity';
import { expectProblem } from './support/problem';
import { startTestApp, TestApp } from './support/test-app';

const ADMIN = { email: 'admin@okpay.test', password: 'admin-demo-password' };
const AGENT = { email: 'agent@okpay.test', password: 'agent-demo-password' };
const CUSTOMER = { email: 'customer@okpay.test', password: 'customer-demo-password' };
const PRODUCTION_ENV = {
  NODE_ENV: 'production',
  AUTH_TOKEN_SECRET: 'production-token-secret-long-enough-0123456789',
  WIDGET_IDENTITY_SECRET: 'production-widget-identity-secret-0123456789',
};

/** A database seeded in development, then started with NODE_ENV=production. */
describe('production mode on a database seeded in development', () => {
  let production: TestApp;
  let developmentAdminToken: string;

  beforeAll(async () => {
    const development = await startTestApp();
    try {
      developmentAdminToken = (await development.http().post('/api/v1/auth/agents/login').send(ADMIN).expect(200)).body.token;
      await development.http().get('/demo?as=customer').expect(200);
    } finally {
      await development.close();
    }
    production = await startTestApp({ databaseUrl: development.databaseUrl, seed: false, env: PRODUCTION_ENV });
  }, 60_000);
  afterAll(() => production.close());

  it('refuses the demo agents and customers their logins', async () => {
    for (const credentials of [ADMIN, AGENT]) {
      expectProblem(await production.http().post('/api/v1/auth/agents/login').send(credentials), 401, 'invalid_credentials');
    }
    expectProblem(await production.http().post('/api/v1/auth/customers/login').send(CUSTOMER), 401, 'invalid_credentials');
  });

  it('leaves the demo agents inactive, so a token they held no longer works', async () => {
    const rows: { email: string; active: boolean }[] = await production.app
      .get(DataSource)
      .query("SELECT email, active FROM agents WHERE email LIKE '%@okpay.test' ORDER BY email");
    expect(rows).toEqual([
      { email: ADMIN.email, active: false },
      { email: AGENT.email, active: false },
    ]);
    // Same token secret in both starts here: only the disabled account stops it.
    expectProblem(await production.http().get('/api/v1/agents').auth(developmentAdminToken, { type: 'bearer' }), 401, 'invalid_token');
  });

  it('answers /demo, /demo?as=customer and the demo styles with 404', async () => {
    for (const path of ['/demo', '/demo?as=customer', '/demo?locale=en&as=customer', '/demo/site.css']) {
      expectProblem(await production.http().get(path), 404, 'route_not_found');
    }
  });

  it('constructs neither the demo identity signer nor the demo seed', () => {
    // Through ModuleRef: the app's own get() exits the process on an unknown provider.
    const modules = production.app.get(ModuleRef);
    for (const provider of [DemoWidgetIdentity, WidgetIdentitySigner, DemoSeed]) {
      expect(() => modules.get(provider, { strict: false })).toThrow(/not|find|exist/i);
    }
  });

  it('keeps /api/docs and its OpenAPI document behind an agent login', async () => {
    for (const path of ['/api/docs', '/api/docs/openapi.json']) {
      expectProblem(await production.http().get(path), 401, 'unauthenticated');
      expectProblem(await production.http().get(path).auth('not-a-token', { type: 'bearer' }), 401, 'invalid_token');
    }
    const customer = await production
      .http()
      .post('/api/v1/auth/customers/register')
      .send({ email: 'real.customer@example.com', password: 'a-real-customer-password', name: 'Real Customer', locale: 'en' })
      .expect(201);
    expectProblem(await production.http().get('/api/docs/openapi.json').auth(customer.body.token, { type: 'bearer' }), 403, 'forbidden');

    await production.app.get(AgentDirectory).create({ email: 'lead@example.com', password: 'a-real-agent-password', name: 'Lead', role: 'admin' });
    const { token } = (
      await production.http().post('/api/v1/auth/agents/login').send({ email: 'lead@example.com', password: 'a-real-agent-password' }).expect(200)
    ).body;
    await production.http().get('/api/docs').auth(token, { type: 'bearer' }).expect(200).expect('content-type', /html/);
    const spec = await production.http().get('/api/docs/openapi.json').auth(token, { type: 'bearer' }).expect(200);
    expect(spec.body.info.title).toBe('OKPay Support API');
  });
});
