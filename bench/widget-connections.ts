/**
 * Widget connections held open with a steady message rate, against the built app run as a real
 * process (embedded PostgreSQL, default settings but the per-socket event limit raised).
 * Reports the round trip of `message:send` → ack (stored) and → `message:new` echo, p50/p95/p99,
 * and the server's memory per connection. Run: npm run bench:widget
 * Knobs: CONNECTIONS (10000), RATE msg/s (1000), SECONDS (30). Not part of npm test.
 * The load generator runs on the same machine (and cores) as the server.
 */
import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, Socket } from 'socket.io-client';
import { freePort, spawnApi, waitForHealthy } from '../test/support/api-process';

const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10_000);
const RATE = Number(process.env.RATE ?? 1000);
const SECONDS = Number(process.env.SECONDS ?? 30);

async function rssKb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]);
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function inBatches<T>(count: number, concurrency: number, work: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) results[i] = await work(i);
    }),
  );
  return results;
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'okpay-bench-widget-'));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const api = spawnApi({ DATA_DIR: dataDir, PORT: String(port), RISK_RULES: 'off', CHAT_EVENT_BURST: '1000', CHAT_EVENTS_PER_MINUTE: '60000' });
  const sockets: Socket[] = [];
  try {
    await waitForHealthy(api);
    const pid = api.child.pid!;
    const base = `http://127.0.0.1:${port}`;
    const tokens = await inBatches(CONNECTIONS, 32, async () => {
      const response = await fetch(`${base}/api/v1/widget/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ locale: 'en' }),
      });
      return ((await response.json()) as { visitorToken: string }).visitorToken;
    });
    const idleKb = await rssKb(pid);

    const connectStarted = performance.now();
    const echoes = new Map<string, (at: number) => void>();
    await inBatches(CONNECTIONS, 100, async (i) => {
      const socket = io(`${base}/widget`, { auth: { token: tokens[i] }, transports: ['websocket'], reconnection: false, forceNew: true });
      socket.on('message:new', (message: { text: string }) => echoes.get(message.text)?.(performance.now()));
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', reject);
      });
      sockets.push(socket);
    });
    const connectSeconds = (performance.now() - connectStarted) / 1000;
    global.gc?.();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const connectedKb = await rssKb(pid);

    const ackMs: number[] = [];
    const echoMs: number[] = [];
    let errors = 0;
    let sent = 0;
    const pending = new Set<Promise<void>>();
    const started = performance.now();
    const total = RATE * SECONDS;
    // Open loop: sends go out on schedule whatever the answers do, so slow answers show as latency.
    while (sent < total) {
      const due = started + (sent / RATE) * 1000;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      const socket = sockets[sent % sockets.length];
      // No long digit runs: stored text is masked (card numbers, one-time codes), and the echo is matched by text.
      const text = `bench message ${sent.toString(36)}`;
      const at = performance.now();
      const echoed = new Promise<void>((resolve) =>
        echoes.set(text, (when) => {
          echoMs.push(when - at);
          echoes.delete(text);
          resolve();
        }),
      );
      const acked = socket
        .timeout(30_000)
        .emitWithAck('message:send', { clientId: randomUUID(), text })
        .then((answer: { error?: unknown }) => {
          if (answer.error) errors++;
          else ackMs.push(performance.now() - at);
        })
        .catch(() => errors++);
      const both = Promise.all([acked, Promise.race([echoed, acked.then(() => new Promise((r) => setTimeout(r, 30_000)))])]).then(() => undefined);
      pending.add(both);
      void both.finally(() => pending.delete(both));
      sent++;
    }
    const sendSeconds = (performance.now() - started) / 1000;
    await Promise.all(pending);
    const drainedSeconds = (performance.now() - started) / 1000;

    ackMs.sort((a, b) => a - b);
    echoMs.sort((a, b) => a - b);
    const ms = (v: number) => `${v.toFixed(1)} ms`;
    console.log(`connections: ${sockets.length} held (connected in ${connectSeconds.toFixed(1)} s)`);
    console.log(`server RSS: ${(idleKb / 1024).toFixed(0)} MB idle → ${(connectedKb / 1024).toFixed(0)} MB connected: ${((connectedKb - idleKb) / sockets.length).toFixed(1)} KB per connection`);
    console.log(`messages: ${sent} at a target ${RATE}/s for ${SECONDS} s (sent in ${sendSeconds.toFixed(1)} s, all answered after ${drainedSeconds.toFixed(1)} s), errors ${errors}`);
    console.log(`send → ack (stored):  p50 ${ms(percentile(ackMs, 50))}, p95 ${ms(percentile(ackMs, 95))}, p99 ${ms(percentile(ackMs, 99))}, max ${ms(ackMs[ackMs.length - 1])}`);
    console.log(`send → message:new:   p50 ${ms(percentile(echoMs, 50))}, p95 ${ms(percentile(echoMs, 95))}, p99 ${ms(percentile(echoMs, 99))} (${echoMs.length} echoes)`);
  } finally {
    for (const socket of sockets) socket.disconnect();
    api.child.kill('SIGINT');
    await api.exited;
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main();
