/**
 * Widget connections held open with a steady message rate, against the built app run as a real
 * process (embedded PostgreSQL, default settings but the per-socket event limit raised).
 * Run: npm run bench:widget. Not part of npm test. Knobs:
 * CONNECTIONS (10000); RATE msg/s (1000) and SECONDS (30) for the steady state, after WARM_UP_SECONDS (5)
 * at the same rate reported apart; BOT_RATE msg/s
 * (200) and BOT_SECONDS (10) for the phases the bot answers; PHASES (first,bot,steady) to run
 * only some; CPU_PROF=dir profiles the API; API_ROLES (ROLES of the API process, all by default).
 *
 * Three phases, reported apart because they cost very different amounts:
 * - first: every connection sends its conversation's first message; after the ack the bot's
 *   first turn runs (its conversation, the turn, the handoff and queue admission).
 * - bot: later messages while the bot still owns the conversations; it answers every one after
 *   the ack.
 * - steady: later messages once a person owns each conversation (marked in the database, see
 *   taken-conversations.ts): store, ack and fan-out, the path live chat runs at volume.
 * For each: send → ack (stored) and send → `message:new` echo, p50/p95/p99, errors, and the CPU
 * the API process, its PostgreSQL and this load generator used. The load generator runs in this
 * process, the API (and its PostgreSQL) in its own; they share the machine's cores, so the CPU
 * split shows what the server costs, and the load generator's event-loop delay shows how much
 * of a latency may be the client's own.
 */
import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { io, Socket } from 'socket.io-client';
import { freePort, spawnApi, waitForHealthy } from '../test/support/api-process';
import { Latencies } from './support/latency';
import { cpuOfTree, CpuSplit, rssKb, untilIdle } from './support/process-usage';
import { LocalStallSampler, printStallTimeline, probeMemory, probeSeconds, STALL_PROBE_ARGS, TimedSend } from './support/stall-timeline';
import { benchDatabaseClient, markConversationsTaken } from './support/taken-conversations';
import { DatabaseWaitSampler } from './support/database-waits';

const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10_000);
const RATE = Number(process.env.RATE ?? 1000);
const SECONDS = Number(process.env.SECONDS ?? 30);
const WARM_UP_SECONDS = Number(process.env.WARM_UP_SECONDS ?? 5);
const BOT_RATE = Number(process.env.BOT_RATE ?? 200);
const BOT_SECONDS = Number(process.env.BOT_SECONDS ?? 10);
const PHASES = new Set((process.env.PHASES ?? 'first,bot,steady').split(','));
/** The server has done all the work a phase left behind (the bot's turns run after the acks) once it idles like this. */
const IDLE_CPU_SECONDS_PER_SECOND = 0.05;

interface WidgetMessage {
  readonly text: string;
  readonly author: { readonly type: string };
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

/** Every `message:new` the load generator sees: echoes are matched by their (unique) text. */
class Inbox {
  private readonly echoes = new Map<string, (at: number) => void>();
  botReplies = 0;

  receive(message: WidgetMessage): void {
    if (message.author.type === 'bot') this.botReplies++;
    this.echoes.get(message.text)?.(performance.now());
  }

  expect(text: string, timeoutMs: number): Promise<number | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.echoes.delete(text);
        resolve(null);
      }, timeoutMs);
      this.echoes.set(text, (at) => {
        clearTimeout(timer);
        this.echoes.delete(text);
        resolve(at);
      });
    });
  }
}

interface PhaseResult {
  readonly name: string;
  readonly rate: number;
  readonly sent: number;
  readonly sendSeconds: number;
  readonly drainedSeconds: number;
  readonly errors: number;
  readonly ack: Latencies;
  readonly echo: Latencies;
  readonly echoesMissing: number;
  readonly botReplies: number;
  readonly apiCpu: CpuSplit;
  readonly loadCpuSeconds: number;
  readonly loadLoopDelayP99Ms: number;
  readonly sends: readonly TimedSend[];
  readonly generatorSeconds: LocalStallSampler['seconds'];
  readonly databaseWaits: DatabaseWaitSampler;
}

/**
 * Open loop: sends go out on schedule whatever the answers do, so slow answers show as latency.
 * Then waits for every answer, and until the server idles (the bot's turns run after the acks).
 */
async function runPhase(name: string, inbox: Inbox, apiPid: number, total: number, rate: number, pick: (i: number) => Socket, databaseWaits: DatabaseWaitSampler): Promise<PhaseResult> {
  const ack = new Latencies();
  const echo = new Latencies();
  let errors = 0;
  let echoesMissing = 0;
  const answered: Promise<void>[] = [];
  const cpuBefore = await cpuOfTree(apiPid);
  const loadBefore = process.cpuUsage();
  const botBefore = inbox.botReplies;
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const sampler = new LocalStallSampler();
  sampler.start();
  await databaseWaits.start();
  const sends: TimedSend[] = [];
  const started = performance.now();
  for (let sent = 0; sent < total; sent++) {
    const wait = started + (sent / rate) * 1000 - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    // No long digit runs: stored text is masked (card numbers, one-time codes), and the echo is matched by text.
    const text = `bench message ${name[0]}${sent.toString(36)} ${randomUUID().slice(0, 8).replace(/\d/g, 'x')}`;
    const at = performance.now();
    const echoed = inbox.expect(text, 60_000).then((when) => {
      sends.push({ sentAt: performance.timeOrigin + at, latencyMs: when === null ? null : when - at });
      return when === null ? echoesMissing++ : echo.add(when - at);
    });
    const acked = pick(sent)
      .timeout(60_000)
      .emitWithAck('message:send', { clientId: randomUUID(), text })
      .then((answer: { error?: unknown }) => (answer.error ? errors++ : ack.add(performance.now() - at)))
      .catch(() => errors++);
    answered.push(Promise.all([echoed, acked]).then(() => undefined));
  }
  const sendSeconds = (performance.now() - started) / 1000;
  await Promise.all(answered);
  const drainedSeconds = (performance.now() - started) / 1000;
  // Its own queries are PostgreSQL work too: stopped before waiting for the server to idle.
  await databaseWaits.stop();
  await untilIdle(apiPid, IDLE_CPU_SECONDS_PER_SECOND);
  loop.disable();
  sampler.stop();
  const cpuAfter = await cpuOfTree(apiPid);
  const load = process.cpuUsage(loadBefore);
  return {
    name,
    rate,
    sent: total,
    sendSeconds,
    drainedSeconds,
    errors,
    ack,
    echo,
    echoesMissing,
    botReplies: inbox.botReplies - botBefore,
    apiCpu: { api: cpuAfter.api - cpuBefore.api, database: cpuAfter.database - cpuBefore.database },
    loadCpuSeconds: (load.user + load.system) / 1e6,
    loadLoopDelayP99Ms: loop.percentile(99) / 1e6,
    sends,
    generatorSeconds: sampler.seconds,
    databaseWaits,
  };
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
const kbEach = (bytes: number, count: number) => (bytes / 1024 / count).toFixed(1);

function report(phase: PhaseResult, serverOutput: string): void {
  const perMessage = (seconds: number) => `${((seconds * 1000) / phase.sent).toFixed(2)} ms`;
  console.log(`\n${phase.name}: ${phase.sent} messages at a target ${phase.rate}/s`);
  console.log(`  sent in ${phase.sendSeconds.toFixed(1)} s, all answered after ${phase.drainedSeconds.toFixed(1)} s; errors ${phase.errors}, echoes missing ${phase.echoesMissing}; bot replies ${phase.botReplies}`);
  console.log(`  send → ack (stored):  ${phase.ack.summary()}`);
  console.log(`  send → message:new:   ${phase.echo.summary()}`);
  console.log(
    `  CPU until the server idled: API ${phase.apiCpu.api.toFixed(1)} s (${perMessage(phase.apiCpu.api)}/message), PostgreSQL ${phase.apiCpu.database.toFixed(1)} s (${perMessage(phase.apiCpu.database)}/message), load generator ${phase.loadCpuSeconds.toFixed(1)} s; load generator event-loop delay p99 ${phase.loadLoopDelayP99Ms.toFixed(1)} ms`,
  );
  printStallTimeline(phase.sends, probeSeconds(serverOutput), phase.generatorSeconds, (second) => phase.databaseWaits.describe(second));
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'okpay-bench-widget-'));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const databasePort = await freePort();
  const api = spawnApi(
    {
      DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(databasePort),
      RISK_RULES: 'off',
      CHAT_EVENT_BURST: '1000',
      CHAT_EVENTS_PER_MINUTE: '60000',
      // Thousands of visitors from one address: measure the chat, not the per-address limits.
      RATE_LIMITS: 'widget_session.address=1000000/60,socket_connect.address=1000000/60,bot_message.address=1000000/60',
      // API_ROLES=api leaves out the in-process job workers (the minutely report roll-up, sweeps), to see the sockets alone.
      ...(process.env.API_ROLES ? { ROLES: process.env.API_ROLES } : {}),
    },
    [...STALL_PROBE_ARGS, ...(process.env.CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.CPU_PROF}`] : [])],
  );
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
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const idle = await probeMemory(pid, api.output);

    const inbox = new Inbox();
    const connectStarted = performance.now();
    await inBatches(CONNECTIONS, 100, async (i) => {
      const socket = io(`${base}/widget`, { auth: { token: tokens[i] }, transports: ['websocket'], reconnection: false, forceNew: true });
      socket.on('message:new', (message: WidgetMessage) => inbox.receive(message));
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', reject);
      });
      sockets.push(socket);
    });
    const connectSeconds = (performance.now() - connectStarted) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const connected = await probeMemory(pid, api.output);
    console.log(`connections: ${sockets.length} held (connected in ${connectSeconds.toFixed(1)} s)`);
    console.log(
      `server memory after a full collection, idle → ${sockets.length} connected: heap ${mb(idle.heapUsed)} → ${mb(connected.heapUsed)} MB, ${kbEach(connected.heapUsed - idle.heapUsed, sockets.length)} KB per connection; RSS ${mb(idle.rss)} → ${mb(connected.rss)} MB, ${kbEach(connected.rss - idle.rss, sockets.length)} KB per connection`,
    );

    const roundRobin = (i: number) => sockets[i % sockets.length];
    const waits = async () => new DatabaseWaitSampler(await benchDatabaseClient(dataDir, databasePort));
    if (PHASES.has('first')) report(await runPhase('first', inbox, pid, sockets.length, BOT_RATE, roundRobin, await waits()), api.output());
    if (PHASES.has('bot')) report(await runPhase('bot', inbox, pid, BOT_RATE * BOT_SECONDS, BOT_RATE, roundRobin, await waits()), api.output());
    if (PHASES.has('steady')) {
      console.log(`\nconversations taken by an agent (in the database): ${await markConversationsTaken(dataDir, databasePort)}`);
      // The first second of a fresh process's chat path stalls (JIT, each pooled connection's first plans): not the steady state, so reported apart.
      report(await runPhase('steady warm-up', inbox, pid, RATE * WARM_UP_SECONDS, RATE, roundRobin, await waits()), api.output());
      report(await runPhase('steady', inbox, pid, RATE * SECONDS, RATE, roundRobin, await waits()), api.output());
    }
    console.log(`\nserver RSS after the messages: ${((await rssKb(pid)) / 1024).toFixed(0)} MB`);
  } catch (error) {
    console.error(`the bench failed; the API's last output:\n${api.output().replace(/^stall-probe .*\n/gm, '').slice(-4000)}`);
    throw error;
  } finally {
    for (const socket of sockets) socket.disconnect();
    api.child.kill('SIGINT');
    await api.exited;
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main();
