/**
 * The bot: classification throughput and latency in-process, then POST /api/v1/bot/messages
 * throughput through HTTP on the built app (visitors and a signed-in customer, with concurrency).
 * Run: npm run bench:bot. Not part of npm test.
 */
import { BotKnowledge } from '@okpay/bot';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, spawnApi, waitForHealthy } from '../test/support/api-process';

const MESSAGES = [
  '我的付款为什么失败了', 'why did my payment fail', '充值一直没到账', 'how much is the fee for sending money abroad',
  '我要退款', 'I want to talk to a person', '怎么提高限额', 'my account was hacked', 'what is the weather today', '你好',
];
const CONCURRENCY = 8;
const HTTP_SECONDS = 15;

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

async function overHttp(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'okpay-bench-bot-'));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const api = spawnApi({
    DATA_DIR: dataDir,
    PORT: String(port),
    EMBEDDED_PG_PORT: String(await freePort()),
    LOG_LEVEL: 'error',
    // The load comes from one address and one signed-in customer: measure the bot, not the limits.
    RATE_LIMITS: 'bot_message.address=1000000/60,bot_message.identity=1000000/60',
  });
  try {
    await waitForHealthy(api);
    const base = `http://127.0.0.1:${port}/api/v1`;
    const login = await fetch(`${base}/auth/customers/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'customer@okpay.test', password: 'customer-demo-password' }),
    });
    const { token } = (await login.json()) as { token: string };
    const latencies: number[] = [];
    const deadline = performance.now() + HTTP_SECONDS * 1000;
    let sent = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, worker) => {
        while (performance.now() < deadline) {
          const text = MESSAGES[sent++ % MESSAGES.length];
          const t0 = performance.now();
          const response = await fetch(`${base}/bot/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(worker % 2 === 0 ? { authorization: `Bearer ${token}` } : {}) },
            body: JSON.stringify({ text }),
          });
          if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
          await response.json();
          latencies.push(performance.now() - t0);
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    console.log(
      `POST /bot/messages (${CONCURRENCY} concurrent, half signed in): ${(latencies.length / HTTP_SECONDS).toFixed(0)}/s, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`,
    );
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
