/**
 * Payments per second at concurrency 50 through the app (HTTP from autocannon, built,
 * RISK_RULES=off), and the
 * same payment statements from a plain pg pool (bench/baselines/plain-pg-payments.ts), on one
 * shared PostgreSQL in one run: both warmed, then ROUNDS rounds of SECONDS each in alternation;
 * the ratio is of the medians. Each of the 50 clients pays as its own customer, as real traffic
 * would (one customer's payments are serialized by design). Run: npm run bench:payments
 * (CPU_PROF=<dir> to profile the app process). Not part of npm test.
 */
import autocannon from 'autocannon';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { freePort, spawnApi, waitForHealthy } from '../test/support/api-process';
import { startSharedDatabase } from '../test/support/shared-database';
import { plainPayment } from './baselines/plain-pg-payments';
import { reportResult } from './support/bench-result';
import { closedLoop, ClosedLoopResult } from './support/closed-loop';

const CONCURRENCY = Number(process.env.CONCURRENCY ?? 50);
const SECONDS = Number(process.env.SECONDS ?? 10);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 20);
const WARM_UP_SECONDS = 3;
/** Small, so that neither the balances nor the daily limits run out over all the rounds. */
const PAYMENT_MINOR_UNITS = 10;

async function post(url: string, body: unknown, token?: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

interface AppRound {
  readonly perSecond: number;
  readonly p99: number;
  readonly outcomes: Map<string, number>;
}

/** autocannon, one connection per customer (a customer's payments queue one behind another by design). */
async function payThroughApp(base: string, tokens: readonly string[], merchantId: string, seconds: number): Promise<AppRound> {
  const outcomes = new Map<string, number>();
  let next = 0;
  const result = await autocannon({
    url: `${base}/wallet/payments`,
    connections: tokens.length,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (request, context: { token?: string }) => {
          context.token ??= tokens[next++ % tokens.length];
          return {
            ...request,
            headers: { ...request.headers, 'content-type': 'application/json', authorization: `Bearer ${context.token}` },
            body: JSON.stringify({ merchantId, amount: { amount: PAYMENT_MINOR_UNITS, currency: 'CNY' } }),
          };
        },
        onResponse: (status, body) => {
          const outcome = status === 201 ? String((JSON.parse(body) as { status: string }).status) : `http ${status}`;
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        },
      },
    ],
  });
  return { perSecond: result.requests.average, p99: result.latency.p99, outcomes };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'okpay-bench-payments-'));
  await chmod(root, 0o755);
  const database = await startSharedDatabase(join(root, 'db'));
  const api = spawnApi({
    DATABASE_URL: database.url,
    DATA_DIR: join(root, 'app'),
    PORT: String(await freePort()),
    AUTH_TOKEN_SECRET: 'bench-payments-token-secret-0123456789abcdef',
    WIDGET_IDENTITY_SECRET: 'bench-payments-widget-secret-0123456789abcdef',
    RISK_RULES: 'off',
    LOG_LEVEL: 'error',
    // Every bench customer registers from this one address.
    RATE_LIMITS: 'customer_register.address=1000000/60',
    DATABASE_POOL_SIZE: String(POOL_SIZE),
  }, process.env.CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.CPU_PROF}`] : []);
  const pool = new Pool({ connectionString: database.url, max: POOL_SIZE });
  try {
    await waitForHealthy(api);
    const base = `${api.baseUrl}/api/v1`;
    const tokens: string[] = [];
    const customerIds: string[] = [];
    for (let i = 0; i < CONCURRENCY; i++) {
      const { json } = await post(`${base}/auth/customers/register`, { email: `bench${i}@example.com`, password: 'bench-password', name: `Bench ${i}`, locale: 'en' });
      const token = json.token as string;
      await post(`${base}/wallet/topups`, { amount: { amount: 50_000, currency: 'CNY' }, method: 'card' }, token);
      tokens.push(token);
      customerIds.push(JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')).sub as string);
    }
    const merchants = (await (await fetch(`${base}/wallet/merchants`, { headers: { authorization: `Bearer ${tokens[0]}` } })).json()) as { id: string; status: string; country: string }[];
    const merchantId = merchants.find((m) => m.status === 'active' && m.country === 'CN')!.id;

    const plain = (client: number) => plainPayment(pool, customerIds[client], merchantId, PAYMENT_MINOR_UNITS);

    // The app's first payment creates the merchant's account, which the plain client then finds.
    await payThroughApp(base, tokens, merchantId, WARM_UP_SECONDS);
    await closedLoop(plain, { concurrency: CONCURRENCY, seconds: WARM_UP_SECONDS });
    const rounds: { app: AppRound; plain: ClosedLoopResult }[] = [];
    for (let n = 0; n < ROUNDS; n++) {
      const app = await payThroughApp(base, tokens, merchantId, SECONDS);
      const bare = await closedLoop(plain, { concurrency: CONCURRENCY, seconds: SECONDS });
      rounds.push({ app, plain: bare });
      console.log(`round ${n + 1}, app: ${app.perSecond.toFixed(0)} payments/s, p99 ${app.p99} ms, outcomes ${JSON.stringify(Object.fromEntries(app.outcomes))}`);
      console.log(`round ${n + 1}, plain pg: ${bare.perSecond.toFixed(0)} payments/s, ${bare.latency.summary()}, outcomes ${JSON.stringify(Object.fromEntries(bare.outcomes))}`);
    }
    reportResult({
      bench: 'payments (POST /wallet/payments, 50 customers)',
      measure: `payments/s at concurrency ${CONCURRENCY}, median of ${ROUNDS} rounds`,
      unit: '/s',
      app: median(rounds.map((r) => r.app.perSecond)),
      baseline: median(rounds.map((r) => r.plain.perSecond)),
      baselineIs: 'the same statements from a plain pg pool, no HTTP',
      higherIsBetter: true,
      note: `p99 app ${median(rounds.map((r) => r.app.p99))} ms, plain ${median(rounds.map((r) => r.plain.latency.percentile(99))).toFixed(1)} ms`,
    });
  } finally {
    await pool.end();
    api.child.kill('SIGINT');
    await api.exited;
    await database.stop();
    await rm(root, { recursive: true, force: true });
  }
}

void main();
