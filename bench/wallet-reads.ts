/**
 * An authenticated read, `GET /api/v1/wallet/accounts` as a customer, through the app and through
 * a bare Fastify + pg server doing the same work (bench/baselines/bare-wallet-reads.ts), on one
 * shared PostgreSQL, in one run: both warmed, then measured in alternation so that the machine's
 * load meets both alike; the ratio is of the medians. autocannon drives both (fetch costs the
 * client about as much as a read costs the bare server, which would make any ratio near 1), with
 * CONCURRENCY (32) connections for SECONDS (10) per round, ROUNDS (3) rounds each, the customers'
 * tokens in turn. Run: npm run bench:reads (CPU_PROF=<dir> profiles the
 * app process). Not part of npm test.
 */
import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiProcess, freePort, spawnApi, waitForHealthy } from '../test/support/api-process';
import { startSharedDatabase } from '../test/support/shared-database';
import { reportResult } from './support/bench-result';

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

interface Round {
  readonly perSecond: number;
  readonly p99: number;
  readonly failed: number;
}

/** autocannon at CONCURRENCY for `seconds`, each request as the next customer. */
async function hammer(baseUrl: string, tokens: readonly string[], seconds: number): Promise<Round> {
  let next = 0;
  const result = await autocannon({
    url: `${baseUrl}/api/v1/wallet/accounts`,
    connections: CONCURRENCY,
    duration: seconds,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, headers: { ...request.headers, authorization: `Bearer ${tokens[next++ % tokens.length]}` } }) }],
  });
  return { perSecond: result.requests.average, p99: result.latency.p99, failed: result.non2xx + result.errors + result.timeouts };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'okpay-bench-reads-'));
  await chmod(root, 0o755);
  const database = await startSharedDatabase(join(root, 'db'));
  const running: ApiProcess[] = [];
  try {
    const app = spawnApi({ ...SECRETS, DATABASE_URL: database.url, DATA_DIR: join(root, 'app'), PORT: String(await freePort()), RISK_RULES: 'off', LOG_LEVEL: 'warn', RATE_LIMITS: 'customer_register.address=1000000/60' }, process.env.CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.CPU_PROF}`] : []);
    running.push(app);
    await waitForHealthy(app);
    const bare = spawnBare({ ...SECRETS, DATABASE_URL: database.url, PORT: String(await freePort()) });
    running.push(bare);
    await bareHealthy(bare);

    const tokens = await customers(app.baseUrl);
    // The same work: both answer the same JSON for the same customer.
    const answer = (server: ApiProcess) => fetch(`${server.baseUrl}/api/v1/wallet/accounts`, { headers: { authorization: `Bearer ${tokens[0]}` } }).then((r) => r.json());
    const [fromApp, fromBare] = await Promise.all([answer(app), answer(bare)]);
    if (JSON.stringify(fromApp) !== JSON.stringify(fromBare)) throw new Error(`the two answers differ: ${JSON.stringify(fromApp)} against ${JSON.stringify(fromBare)}`);

    await hammer(app.baseUrl, tokens, WARM_UP_SECONDS);
    await hammer(bare.baseUrl, tokens, WARM_UP_SECONDS);
    const rounds: { app: Round; bare: Round }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const appRound = await hammer(app.baseUrl, tokens, SECONDS);
      const bareRound = await hammer(bare.baseUrl, tokens, SECONDS);
      rounds.push({ app: appRound, bare: bareRound });
      for (const [name, result] of [['app', appRound], ['bare', bareRound]] as const) {
        console.log(`round ${round + 1}, ${name}: ${result.perSecond.toFixed(0)} reads/s, p99 ${result.p99} ms, ${result.failed} failed`);
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
      note: `p99 app ${median(rounds.map((r) => r.app.p99))} ms, bare ${median(rounds.map((r) => r.bare.p99))} ms`,
    });
  } finally {
    for (const server of running) server.child.kill('SIGINT');
    await Promise.all(running.map((server) => server.exited));
    await database.stop();
    await rm(root, { recursive: true, force: true });
  }
}

void main();
