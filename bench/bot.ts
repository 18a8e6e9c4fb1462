/**
 * The bot: classification throughput and latency in-process, then POST /api/v1/bot/messages
 * throughput through HTTP on the built app (visitors and a signed-in customer, with concurrency),
 * and the server CPU each turn costs: the API process and, separately, its PostgreSQL (the
 * embedded server and its backends, all descendants of the API process), from /proc, after 5 s of
 * unmeasured turns that warm the process up.
 * Run: npm run bench:bot (CPU_PROF=<dir> to profile the API process). Not part of npm test.
 */
import { BotKnowledge } from '@okpay/bot';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, spawnApi, waitForHealthy } from '../test/support/api-process';
import { cpuOfTree, untilIdle } from './support/process-usage';

const MESSAGES = [
  '我的付款为什么失败了', 'why did my payment fail', '充值一直没到账', 'how much is the fee for sending money abroad',
  '我要退款', 'I want to talk to a person', '怎么提高限额', 'my account was hacked', 'what is the weather today', '你好',
];
const CONCURRENCY = 8;
const HTTP_SECONDS = 15;
const PHASE_SECONDS = 10;
const WARM_UP_SECONDS = 5;
/** Startup (model loading, migrations, the first jobs) is over once the server uses less than this. */
const IDLE_CPU_SECONDS_PER_SECOND = 0.05;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function inProcess(): void {
  const { classifier } = BotKnowledge.load();
  for (let i = 0; i < 500; i++) classifier.classify(MESSAGES[i % MESSAGES.length]); // warm up
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < 20_000; i++) {
    const t0 = performance.now();
    classifier.classify(MESSAGES[i % MESSAGES.length]);
    latencies.push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  console.log(`classify in-process: ${(latencies.length / seconds).toFixed(0)}/s, p50 ${percentile(latencies, 50).toFixed(3)} ms, p99 ${percentile(latencies, 99).toFixed(3)} ms`);
}

/** Which workers send as the signed-in customer. */
type Senders = 'half signed in' | 'visitors' | 'signed in';

/** `CONCURRENCY` clients sending for `seconds`, each message a new conversation; latencies and server CPU per turn. */
async function phase(base: string, apiPid: number, token: string, senders: Senders, seconds: number): Promise<string> {
  const signedIn = (worker: number) => senders === 'signed in' || (senders === 'half signed in' && worker % 2 === 0);
  const latencies: number[] = [];
  const cpuBefore = await cpuOfTree(apiPid);
  const deadline = performance.now() + seconds * 1000;
  let sent = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, worker) => {
      while (performance.now() < deadline) {
        const text = MESSAGES[sent++ % MESSAGES.length];
        const t0 = performance.now();
        const response = await fetch(`${base}/bot/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(signedIn(worker) ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ text }),
        });
        if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
        await response.json();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const cpuAfter = await cpuOfTree(apiPid);
  latencies.sort((a, b) => a - b);
  const perTurnMs = (cpuSeconds: number) => ((cpuSeconds * 1000) / latencies.length).toFixed(2);
  const api = cpuAfter.api - cpuBefore.api;
  const database = cpuAfter.database - cpuBefore.database;
  return (
    `POST /bot/messages (${CONCURRENCY} concurrent, ${senders}): ${(latencies.length / seconds).toFixed(0)}/s, p50 ${percentile(latencies, 50).toFixed(1)} ms, ` +
    `p99 ${percentile(latencies, 99).toFixed(1)} ms; server CPU per turn ${perTurnMs(api + database)} ms (API ${perTurnMs(api)} + PostgreSQL ${perTurnMs(database)}) over ${latencies.length} turns`
  );
}

async function overHttp(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'okpay-bench-bot-'));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const api = spawnApi(
    {
      DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(await freePort()),
      LOG_LEVEL: 'error',
      // The load comes from one address and one signed-in customer: measure the bot, not the limits.
      RATE_LIMITS: 'bot_message.address=1000000/60,bot_message.identity=1000000/60',
    },
    process.env.CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.CPU_PROF}`] : [],
  );
  try {
    await waitForHealthy(api);
    const base = `http://127.0.0.1:${port}/api/v1`;
    const login = await fetch(`${base}/auth/customers/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'customer@okpay.test', password: 'customer-demo-password' }),
    });
    const { token } = (await login.json()) as { token: string };
    const apiPid = api.child.pid!;
    await untilIdle(apiPid, IDLE_CPU_SECONDS_PER_SECOND);
    // Unmeasured: the first turns compile the hot paths and prepare each connection's statements.
    await phase(base, apiPid, token, 'half signed in', WARM_UP_SECONDS);
    await untilIdle(apiPid, IDLE_CPU_SECONDS_PER_SECOND);
    console.log(await phase(base, apiPid, token, 'half signed in', HTTP_SECONDS));
    console.log(await phase(base, apiPid, token, 'visitors', PHASE_SECONDS));
    console.log(await phase(base, apiPid, token, 'signed in', PHASE_SECONDS));
  } finally {
    api.child.kill('SIGINT');
    await api.exited;
  }
}

inProcess();
overHttp().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
