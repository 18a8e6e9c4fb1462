import { randomUUID } from 'node:crypto';
import { Socket } from 'socket.io-client';
import { Latencies } from './latency';
import { untilIdle } from './process-usage';

const IDLE_CPU_SECONDS_PER_SECOND = 0.05;
/** Idle servers still spend CPU (heartbeats, job polling): measured this long before each rate, and taken off. */
const BASELINE_SECONDS = 3;
const ECHO_TIMEOUT_MS = 30_000;

/** CPU seconds used so far by the server's processes: its own, and its PostgreSQL's. */
export type ServerCpu = () => Promise<{ api: number; database: number }>;

export interface RateResult {
  readonly rate: number;
  readonly achievedRate: number;
  /** Send → `message:new` back on the sender's socket. */
  readonly echo: Latencies;
  readonly failures: number;
  /** Server CPU per message, ms: the server's processes, and PostgreSQL. */
  readonly apiMs: number;
  readonly databaseMs: number;
}

/**
 * Sends `message:send` at `rate` for `seconds` over the sockets in turn, open loop (on schedule
 * whatever the answers do), and times each message until its `message:new` comes back; the
 * server's CPU is read around it, less what it spends idle, once every process in `idlePids`
 * has gone quiet. `echoes` is fed by each socket's `message:new` listener, keyed by text.
 */
export async function runRate(
  rate: number,
  seconds: number,
  sockets: readonly Socket[],
  echoes: Map<string, (at: number) => void>,
  cpu: ServerCpu,
  idlePids: readonly number[],
): Promise<RateResult> {
  const echo = new Latencies();
  let failures = 0;
  const answered: Promise<void>[] = [];
  const baselineStart = await cpu();
  await new Promise((resolve) => setTimeout(resolve, BASELINE_SECONDS * 1000));
  const before = await cpu();
  const idlePerSecond = { api: (before.api - baselineStart.api) / BASELINE_SECONDS, database: (before.database - baselineStart.database) / BASELINE_SECONDS };
  const total = Math.round(rate * seconds);
  const started = performance.now();
  for (let sent = 0; sent < total; sent++) {
    const wait = started + (sent / rate) * 1000 - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const text = `rate ${rate.toString(36)} ${sent.toString(36)} ${randomUUID().slice(0, 8).replace(/\d/g, 'x')}`;
    const at = performance.now();
    answered.push(
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          echoes.delete(text);
          failures++;
          resolve();
        }, ECHO_TIMEOUT_MS);
        echoes.set(text, (when) => {
          clearTimeout(timer);
          echoes.delete(text);
          echo.add(when - at);
          resolve();
        });
      }),
    );
    sockets[sent % sockets.length].emit('message:send', { clientId: randomUUID(), text });
  }
  const achievedRate = total / ((performance.now() - started) / 1000);
  await Promise.all(answered);
  await Promise.all(idlePids.map((pid) => untilIdle(pid, IDLE_CPU_SECONDS_PER_SECOND)));
  const after = await cpu();
  const elapsed = (performance.now() - started) / 1000;
  const busy = (spent: number, idle: number) => (Math.max(0, spent - idle * elapsed) * 1000) / total;
  return {
    rate,
    achievedRate,
    echo,
    failures,
    apiMs: busy(after.api - before.api, idlePerSecond.api),
    databaseMs: busy(after.database - before.database, idlePerSecond.database),
  };
}
