/**
 * An authenticated read, `GET /api/v1/wallet/accounts` as a customer, through the app and through
 * a bare Fastify + pg server doing the same work (bench/baselines/bare-wallet-reads.ts), on one
 * shared PostgreSQL, in one run: both warmed, then measured in alternation so that the machine's
 * load meets both alike; the ratio is of the medians. Closed loop at CONCURRENCY (32) for SECONDS
 * (10) per round, ROUNDS (3) rounds each. Run: npm run bench:reads. Not part of npm test.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiProcess, freePort, spawnApi, waitForHealthy } from '../test/support/api-process';
import { startSharedDatabase } from '../test/support/shared-database';
import { reportResult } from './support/bench-result';
import { closedLoop, ClosedLoopResult } from './support/closed-loop';

const CONCURRENCY = Number(process.env.CONCURRENCY ?? 32);
const SECONDS = Number(process.env.SECONDS ?? 10);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const CUSTOMERS = 50;
const WARM_UP_SECONDS = 5;
const SECRETS = {
  AUTH_TOKEN_SECRET: 'bench-reads-token-secret-0123456789abcdef',
  WIDGET_IDENTITY_SECRET: 'bench-reads-widget-secret-0123456789abcdef',
};

function spawnBare(env: Record<string, string>): ApiProcess {
  const child: ChildProcess = spawn(join(__dirname, '../node_modules/.bin/tsx'), [join(__dirname, 'baselines/bare-wallet-reads.ts')], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return { child, baseUrl: `http://127.0.0.1:${env.PORT}`, output: () => output, exited: new Promise((resolve) => child.once('exit', resolve)) };
}

async function bareHealthy(bare: ApiProcess): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (await fetch(`${bare.baseUrl}/health`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the bare server did not start:\n${bare.output()}`);
}

async function customers(base: string): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < CUSTOMERS; i++) {
    const registered = await fetch(`${base}/api/v1/auth/customers/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `reader${i}@example.com`, password: 'bench-password', name: `Reader ${i}`, locale: 'en' }),
    });
    const { token } = (await registered.json()) as { token: string };
    await fetch(`${base}/api/v1/wallet/topups`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ amount: { amount: 10_000, currency: 'CNY' }, method: 'card' }),
    });
    tokens.push(token);
  }
  return tokens;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'okpay-bench-reads-'));
  await chmod(root, 0o755);
  const database = await startSharedDatabase(join(root, 'db'));
  const running: ApiProcess[] = [];
  try {
    const app = spawnApi({ ...SECRETS, DATABASE_URL: database.url, DATA_DIR: join(root, 'app'), PORT: String(await freePort()), RISK_RULES: 'off', LOG_LEVEL: 'warn', RATE_LIMITS: 'customer_register.address=1000000/60' });
    running.push(app);
    await waitForHealthy(app);
    const bare = spawnBare({ ...SECRETS, DATABASE_URL: database.url, PORT: String(await freePort()) });
    running.push(bare);
    await bareHealthy(bare);

    const tokens = await customers(app.baseUrl);
    const get = (server: ApiProcess, client: number) =>
      fetch(`${server.baseUrl}/api/v1/wallet/accounts`, { headers: { authorization: `Bearer ${tokens[client % tokens.length]}` } });
    const read = (server: ApiProcess) => async (client: number) => {
      const response = await get(server, client);
      await response.arrayBuffer();
      return `http ${response.status}`;
    };
    // The same work: both answer the same JSON for the same customer.
    const [fromApp, fromBare] = await Promise.all([get(app, 0).then((r) => r.json()), get(bare, 0).then((r) => r.json())]);
    if (JSON.stringify(fromApp) !== JSON.stringify(fromBare)) throw new Error(`the two answers differ: ${JSON.stringify(fromApp)} against ${JSON.stringify(fromBare)}`);

    await closedLoop(read(app), { concurrency: CONCURRENCY, seconds: WARM_UP_SECONDS });
    await closedLoop(read(bare), { concurrency: CONCURRENCY, seconds: WARM_UP_SECONDS });
    const rounds: { app: ClosedLoopResult; bare: ClosedLoopResult }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const appRound = await closedLoop(read(app), { concurrency: CONCURRENCY, seconds: SECONDS });
      const bareRound = await closedLoop(read(bare), { concurrency: CONCURRENCY, seconds: SECONDS });
      rounds.push({ app: appRound, bare: bareRound });
      for (const [name, result] of [['app', appRound], ['bare', bareRound]] as const) {
        console.log(`round ${round + 1}, ${name}: ${result.perSecond.toFixed(0)} reads/s, ${result.latency.summary()}, answers ${JSON.stringify(Object.fromEntries(result.outcomes))}`);
      }
    }
    reportResult({
      bench: 'wallet reads (GET /wallet/accounts as a customer)',
      measure: `reads/s at concurrency ${CONCURRENCY}, median of ${ROUNDS} rounds`,
      unit: '/s',
      app: median(rounds.map((r) => r.app.perSecond)),
      baseline: median(rounds.map((r) => r.bare.perSecond)),
      baselineIs: 'Fastify + pg, same token check and SQL',
      higherIsBetter: true,
      note: `p99 app ${median(rounds.map((r) => r.app.latency.percentile(99))).toFixed(1)} ms, bare ${median(rounds.map((r) => r.bare.latency.percentile(99))).toFixed(1)} ms`,
    });
  } finally {
    for (const server of running) server.child.kill('SIGINT');
    await Promise.all(running.map((server) => server.exited));
    await database.stop();
    await rm(root, { recursive: true, force: true });
  }
}

void main();
