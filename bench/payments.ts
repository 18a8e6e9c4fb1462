/**
 * Payments per second at concurrency 50, with p50/p99 latency, against the real built app on
 * its own embedded PostgreSQL (RISK_RULES=off). Run: npm run bench:payments. Not part of npm test.
 * Each of the 50 clients pays as its own customer, as real traffic would (one customer's payments
 * are serialized by design).
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, spawnApi, waitForHealthy } from '../test/support/api-process';

const CONCURRENCY = Number(process.env.CONCURRENCY ?? 50);
const DURATION_MS = Number(process.env.DURATION_MS ?? 15_000);

async function post(url: string, body: unknown, token?: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'okpay-bench-payments-'));
  await chmod(dataDir, 0o755);
  const api = spawnApi({
    DATA_DIR: dataDir,
    PORT: String(await freePort()),
    RISK_RULES: 'off',
    LOG_LEVEL: 'error',
    // Every bench customer registers from this one address.
    RATE_LIMITS: 'customer_register.address=1000000/60',
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '20',
  });
  try {
    await waitForHealthy(api);
    const base = `${api.baseUrl}/api/v1`;
    const tokens: string[] = [];
    for (let i = 0; i < CONCURRENCY; i++) {
      const { json } = await post(`${base}/auth/customers/register`, { email: `bench${i}@example.com`, password: 'bench-password', name: `Bench ${i}`, locale: 'en' });
      const token = json.token as string;
      await post(`${base}/wallet/topups`, { amount: { amount: 50_000, currency: 'CNY' }, method: 'card' }, token);
      tokens.push(token);
    }
    const merchants = (await (await fetch(`${base}/wallet/merchants`, { headers: { authorization: `Bearer ${tokens[0]}` } })).json()) as { id: string; status: string }[];
    const merchantId = merchants.find((m) => m.status === 'active')!.id;

    const latencies: number[] = [];
    const outcomes = new Map<string, number>();
    const deadline = performance.now() + DURATION_MS;
    const started = performance.now();
    await Promise.all(
      tokens.map(async (token) => {
        while (performance.now() < deadline) {
          const t0 = performance.now();
          const { status, json } = await post(`${base}/wallet/payments`, { merchantId, amount: { amount: 100, currency: 'CNY' } }, token);
          latencies.push(performance.now() - t0);
          const outcome = status === 201 ? String(json.status) : `http ${status}`;
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        }
      }),
    );
    const elapsedS = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    console.log(`payments: ${latencies.length} in ${elapsedS.toFixed(1)} s at concurrency ${CONCURRENCY}`);
    console.log(`throughput: ${Math.round(latencies.length / elapsedS)} payments/s`);
    console.log(`latency: p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`);
    console.log(`outcomes: ${JSON.stringify(Object.fromEntries(outcomes))}`);
  } finally {
    api.child.kill('SIGINT');
    await api.exited;
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main();
