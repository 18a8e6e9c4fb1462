/**
 * Live chat through two api processes against one, on one shared PostgreSQL (`npm run db`), on
 * the same machine in one run: the steady state of bench/widget-connections.ts (visitors whose
 * conversations a person owns send messages; each is stored, acknowledged and echoed to the
 * sender's socket), at rising rates. Reports, per setup and rate, send → message:new latency and
 * the server CPU per message (the api processes, and PostgreSQL with its backends; what they
 * spend idle, measured just before, taken off), then the throughput ratio at the same p99.
 *
 * Each setup's throughput is found, not assumed: the rate starts at START_RATE and grows by
 * GROWTH while the setup sustains it (every echo back, p99 at or under P99_MS, and the generator
 * really sent at that rate); a rate that fails is tried once more before it counts, since one
 * stall on a shared machine is not a limit; then BISECT steps narrow the gap between the last
 * rate sustained and the first that failed. The ratio is the two setups' highest sustained rates.
 * Run: npm run bench:widget-scale. Not part of npm test. Knobs: CONNECTIONS (1000), START_RATE
 * msg/s (400), GROWTH (1.5), MAX_RATE (20000), BISECT (2), SECONDS per rate (10), P99_MS (100).
 *
 * Both setups run a separate `worker` process (idle in the steady state) so that they differ only
 * in the api processes. The load generator shares the cores, as in the other benches.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, Socket } from 'socket.io-client';
import { ApiProcess, freePort, spawnApi, waitForHealthy } from '../test/support/api-process';
import { startSharedDatabase } from '../test/support/shared-database';
import { cpuOfTree } from './support/process-usage';
import { RateResult, runRate } from './support/socket-rate';
import { markConversationsTakenAt } from './support/taken-conversations';

const CONNECTIONS = Number(process.env.CONNECTIONS ?? 1000);
const START_RATE = Number(process.env.START_RATE ?? 400);
const GROWTH = Number(process.env.GROWTH ?? 1.5);
const MAX_RATE = Number(process.env.MAX_RATE ?? 20_000);
const BISECT = Number(process.env.BISECT ?? 2);
const SECONDS = Number(process.env.SECONDS ?? 10);
const P99_MS = Number(process.env.P99_MS ?? 100);
/** Below this share of the target the generator, not the server, set the pace: the rate was not offered. */
const OFFERED_SHARE = 0.97;

const ENV = {
  AUTH_TOKEN_SECRET: 'bench-scale-out-token-secret-0123456789abcdef',
  WIDGET_IDENTITY_SECRET: 'bench-scale-out-widget-secret-0123456789abcdef',
  RISK_RULES: 'off',
  CHAT_EVENT_BURST: '1000',
  CHAT_EVENTS_PER_MINUTE: '60000',
  RATE_LIMITS: 'widget_session.address=1000000/60,socket_connect.address=1000000/60,bot_message.address=1000000/60',
};

async function serverCpu(apis: readonly ApiProcess[], databasePid: number): Promise<{ api: number; database: number }> {
  const perApi = await Promise.all(apis.map((api) => cpuOfTree(api.child.pid!)));
  return { api: perApi.reduce((sum, cpu) => sum + cpu.api, 0), database: (await cpuOfTree(databasePid)).database };
}

function sustained(result: RateResult): boolean {
  return result.failures === 0 && result.echo.percentile(99) <= P99_MS && result.achievedRate >= result.rate * OFFERED_SHARE;
}

interface SetupResult {
  /** The highest rate sustained, undefined if not even START_RATE was. */
  readonly best: RateResult | undefined;
  /** The lowest rate that failed twice, undefined if none did up to MAX_RATE. */
  readonly limit: number | undefined;
}

/** Grows the rate until it fails twice in a row, then bisects between the last success and that failure. */
async function highestSustained(run: (rate: number) => Promise<RateResult>): Promise<SetupResult> {
  const holds = async (rate: number): Promise<RateResult | undefined> => {
    const first = await run(rate);
    if (sustained(first)) return first;
    const again = await run(rate);
    return sustained(again) ? again : undefined;
  };
  let best: RateResult | undefined;
  let limit: number | undefined;
  for (let rate = START_RATE; rate <= MAX_RATE; rate = Math.round(rate * GROWTH)) {
    const result = await holds(rate);
    if (!result) {
      limit = rate;
      break;
    }
    best = result;
  }
  for (let step = 0; step < BISECT && best && limit !== undefined; step++) {
    const middle = Math.round((best.rate + limit) / 2);
    if (middle === best.rate || middle === limit) break;
    const result = await holds(middle);
    if (result) best = result;
    else limit = middle;
  }
  return { best, limit };
}

async function runSetup(apiCount: number, databaseUrl: string, databasePid: number, root: string): Promise<SetupResult> {
  const apis: ApiProcess[] = [];
  const sockets: Socket[] = [];
  try {
    for (let i = 0; i < apiCount; i++) {
      apis.push(spawnApi({ ...ENV, DATABASE_URL: databaseUrl, DATA_DIR: join(root, `api-${apiCount}-${i}`), PORT: String(await freePort()), ROLES: 'api' }));
    }
    await Promise.all(apis.map((api) => waitForHealthy(api)));
    const tokens: string[] = [];
    for (let i = 0; i < CONNECTIONS; i++) {
      const response = await fetch(`${apis[i % apiCount].baseUrl}/api/v1/widget/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ locale: 'en' }),
      });
      tokens.push(((await response.json()) as { visitorToken: string }).visitorToken);
    }
    const echoes = new Map<string, (at: number) => void>();
    for (let i = 0; i < CONNECTIONS; i++) {
      // Spread over the api processes, as a proxy would.
      const socket = io(`${apis[i % apiCount].baseUrl}/widget`, { auth: { token: tokens[i] }, transports: ['websocket'], reconnection: false, forceNew: true });
      socket.on('message:new', (message: { text: string }) => echoes.get(message.text)?.(performance.now()));
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', reject);
      });
      sockets.push(socket);
    }
    await markConversationsTakenAt(databaseUrl);
    const cpu = () => serverCpu(apis, databasePid);
    const idlePids = [...apis.map((api) => api.child.pid!), databasePid];
    // A cold process (JIT, first plans, pools growing) stalls at any rate: warm it before measuring.
    const warm = await runRate(START_RATE, SECONDS, sockets, echoes, cpu, idlePids);
    console.log(`${apiCount} api: warm-up at ${START_RATE}/s, not counted: send → message:new ${warm.echo.summary()}`);
    return await highestSustained(async (rate) => {
      const result = await runRate(rate, SECONDS, sockets, echoes, cpu, idlePids);
      console.log(
        `${apiCount} api: ${rate}/s target, ${result.achievedRate.toFixed(0)}/s sent; send → message:new ${result.echo.summary()}; ${result.failures} without echo; server CPU per message ${(result.apiMs + result.databaseMs).toFixed(2)} ms (api ${result.apiMs.toFixed(2)}, PostgreSQL ${result.databaseMs.toFixed(2)}) → ${sustained(result) ? 'sustained' : 'not sustained'}`,
      );
      return result;
    });
  } finally {
    for (const socket of sockets) socket.disconnect();
    for (const api of apis) api.child.kill('SIGINT');
    await Promise.all(apis.map((api) => api.exited));
  }
}

function describe(label: string, { best, limit }: SetupResult): string {
  if (!best) return `${label}: not even ${START_RATE}/s sustained`;
  const bound = limit === undefined ? `, and no higher rate was tried (MAX_RATE ${MAX_RATE}/s): a floor, not the limit` : `; ${limit}/s was not`;
  return `${label}: ${best.rate}/s sustained (p99 ${best.echo.percentile(99).toFixed(1)} ms, ${(best.apiMs + best.databaseMs).toFixed(2)} ms of server CPU per message: api ${best.apiMs.toFixed(2)}, PostgreSQL ${best.databaseMs.toFixed(2)})${bound}`;
}

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'okpay-bench-scale-'));
  await chmod(root, 0o755);
  const database = await startSharedDatabase(join(root, 'db'));
  const worker = spawnApi({ ...ENV, DATABASE_URL: database.url, DATA_DIR: join(root, 'worker'), PORT: String(await freePort()), ROLES: 'worker' });
  try {
    await waitForHealthy(worker);
    const one = await runSetup(1, database.url, database.pid, root);
    const two = await runSetup(2, database.url, database.pid, root);
    console.log(`\nhighest rate with every echo back and p99 ≤ ${P99_MS} ms (${CONNECTIONS} connections, ${SECONDS} s per rate):`);
    console.log(describe('one api process', one));
    console.log(describe('two api processes', two));
    if (one.best && two.best) console.log(`throughput ratio at the same p99, two against one: ${(two.best.rate / one.best.rate).toFixed(2)}`);
  } finally {
    worker.child.kill('SIGINT');
    await worker.exited;
    await database.stop();
    await rm(root, { recursive: true, force: true });
  }
}

void main();
