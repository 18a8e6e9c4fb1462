import { randomUUID } from 'node:crypto';
import { TestApp } from './test-app';

export interface TestCustomer {
  readonly id: string;
  readonly email: string;
  readonly token: string;
}

let customersRegistered = 0;

/**
 * Registers a new customer (unverified) through the API, each from their own address as real
 * customers are (registration is rate-limited per address; test apps trust X-Forwarded-For).
 */
export async function registerCustomer(t: TestApp, locale: 'zh-CN' | 'en' = 'en'): Promise<TestCustomer> {
  const email = `c-${randomUUID().slice(0, 8)}@example.com`;
  customersRegistered++;
  const response = await t
    .http()
    .post('/api/v1/auth/customers/register')
    .set('X-Forwarded-For', `198.18.${Math.floor(customersRegistered / 250) % 250}.${(customersRegistered % 250) + 1}`)
    .send({ email, password: 'correct horse battery', name: 'Test Customer', locale })
    .expect(201);
  return { id: response.body.customer.id, email, token: response.body.token };
}

/** A fresh token for the customer (tokens expire when a test moves the clock far). */
export async function loginCustomer(t: TestApp, customer: TestCustomer): Promise<TestCustomer> {
  const response = await t
    .http()
    .post('/api/v1/auth/customers/login')
    .send({ email: customer.email, password: 'correct horse battery' })
    .expect(200);
  return { ...customer, token: response.body.token };
}

/** A card top-up through the API; expects it to succeed. */
export async function topUpByCard(t: TestApp, customer: TestCustomer, amount: number, currency = 'CNY'): Promise<void> {
  const response = await t
    .http()
    .post('/api/v1/wallet/topups')
    .auth(customer.token, { type: 'bearer' })
    .send({ amount: { amount, currency }, method: 'card' })
    .expect(201);
  if (response.body.status !== 'succeeded') throw new Error(`top-up failed: ${JSON.stringify(response.body)}`);
}

export async function balanceOf(t: TestApp, customer: TestCustomer, currency = 'CNY'): Promise<number> {
  const response = await t.http().get('/api/v1/wallet/accounts').auth(customer.token, { type: 'bearer' }).expect(200);
  return response.body.find((a: { currency: string }) => a.currency === currency).balance.amount;
}

export async function merchantId(t: TestApp, customer: TestCustomer, status: 'active' | 'unavailable' = 'active', country = 'CN'): Promise<string> {
  const response = await t.http().get('/api/v1/wallet/merchants').auth(customer.token, { type: 'bearer' }).expect(200);
  return response.body.find((m: { status: string; country: string }) => m.status === status && m.country === country).id;
}

/** A token for a demo agent, each login from its own address so login limits stay out of the way. */
export async function agentLogin(t: TestApp, email: string, password: string): Promise<string> {
  const response = await t
    .http()
    .post('/api/v1/auth/agents/login')
    .set('x-forwarded-for', `198.51.100.${Math.floor(Math.random() * 250)}`)
    .send({ email, password })
    .expect(200);
  return response.body.token;
}

export const adminToken = (t: TestApp) => agentLogin(t, 'admin@okpay.test', 'admin-demo-password');
export const agentToken = (t: TestApp) => agentLogin(t, 'agent@okpay.test', 'agent-demo-password');
