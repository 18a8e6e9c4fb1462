/**
 * Many widget connections held at once, more than one process may hold: the limit on open files
 * is 20,000 per process here (`ulimit -Hn`, which root cannot raise), so CONNECTIONS are spread
 * over API_PROCESSES api processes on one shared PostgreSQL (`npm run db`, plus a `worker`
 * process, as in bench/widget-scale-out.ts) and opened by load-generator child processes of at
 * most PER_GENERATOR sockets each. Every socket connects; all are held HOLD_SECONDS; then every
 * one sends a message (at CHECK_RATE msg/s in all, to conversations a person owns) and must get
 * its ack and its echo. Reports connect time, connections dropped while held, messages answered,
 * errors, and each api process's heap and RSS per connection after a full collection.
 * Run: npm run bench:widget-hold. Not part of npm test. Knobs: CONNECTIONS (20000),
 * API_PROCESSES (2), PER_GENERATOR (10000), HOLD_SECONDS (60), CHECK_RATE (250).
 */
import { ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, Socket } from 'socket.io-client';
import { ApiProcess, freePort, spawnApi, waitForHealthy } from '../test/support/api-process';
import { startSharedDatabase } from '../test/support/shared-database';
import { Latencies } from './support/latency';
import { ProcessMemory, probeMemory, STALL_PROBE_ARGS } from './support/stall-timeline';
import { markConversationsTakenAt } from './support/taken-conversations';

const CONNECTIONS = Number(process.env.CONNECTIONS ?? 20_000);
const API_PROCESSES = Number(process.env.API_PROCESSES ?? 2);
const PER_GENERATOR = Number(process.env.PER_GENERATOR ?? 10_000);
const HOLD_SECONDS = Number(process.env.HOLD_SECONDS ?? 60);
const CHECK_RATE = Number(process.env.CHECK_RATE ?? 250);
const CONNECT_CONCURRENCY = 100;

const ENV = {
  AUTH_TOKEN_SECRET: 'bench-hold-token-secret-0123456789abcdef',
  WIDGET_IDENTITY_SECRET: 'bench-hold-widget-secret-0123456789abcdef',
  RISK_RULES: 'off',
  CHAT_EVENT_BURST: '1000',
  CHAT_EVENTS_PER_MINUTE: '60000',
  RATE_LIMITS: 'widget_session.address=1000000/60,socket_connect.address=1000000/60,bot_message.address=1000000/60',
};

/** Parent → generator. */
type GeneratorCommand = { kind: 'connect'; targets: { url: string; token: string }[] } | { kind: 'check'; rate: number } | { kind: 'close' };

/** Generator → parent. */
type GeneratorReport =
  | { kind: 'connected'; connected: number; failed: number; seconds: number }
  | { kind: 'checked'; stillConnected: number; answered: number; errors: Record<string, number>; missing: number; latenciesMs: number[] };

/** One child process: opens its share of the sockets, holds them, and checks each answers. */
function runGenerator(): void {
  const sockets: Socket[] = [];
  const echoes = new Map<string, () => void>();
  const send = (report: GeneratorReport) => process.send!(report);
  process.on('message', (command: GeneratorCommand) => {
    if (command.kind === 'connect') void connectAll(command.targets).then(send);
    if (command.kind === 'check') void checkAll(command.rate).then(send);
    if (command.kind === 'close') {
      for (const socket of sockets) socket.disconnect();
      process.exit(0);
    }
  });

  async function connectAll(targets: { url: string; token: string }[]): Promise<GeneratorReport> {
    const started = performance.now();
    let failed = 0;
    let next = 0;
    await Promise.all(
      Array.from({ length: CONNECT_CONCURRENCY }, async () => {
        for (let i = next++; i < targets.length; i = next++) {
          const socket = io(targets[i].url, { auth: { token: targets[i].token }, transports: ['websocket'], reconnection: false, forceNew: true });
          socket.on('message:new', (message: { text: string }) => echoes.get(message.text)?.());
          await new Promise<void>((resolve) => {
            socket.once('connect', () => {
              sockets.push(socket);
              resolve();
            });
            socket.once('connect_error', () => {
              failed++;
              resolve();
            });
          });
        }
      }),
    );
    return { kind: 'connected', connected: sockets.length, failed, seconds: (performance.now() - started) / 1000 };
  }

  async function checkAll(rate: number): Promise<GeneratorReport> {
    const stillConnected = sockets.filter((socket) => socket.connected).length;
    const latenciesMs: number[] = [];
    const errors: Record<string, number> = {};
    let missing = 0;
    const started = performance.now();
    const answers: Promise<void>[] = [];
    for (let i = 0; i < sockets.length; i++) {
      const wait = started + (i / rate) * 1000 - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      // No long digit runs: stored text is masked, and the echo is matched by text.
      const text = `hold check ${randomUUID().replace(/\d/g, 'x')}`;
      const at = performance.now();
      const echoed = new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), 60_000);
        echoes.set(text, () => {
          clearTimeout(timer);
          resolve(true);
        });
      });
      const acked = sockets[i]
        .timeout(60_000)
        .emitWithAck('message:send', { clientId: randomUUID(), text })
        .then((answer: { error?: { code?: string } }) => answer.error?.code ?? (answer.error ? 'error' : null))
        .catch(() => 'no ack within 60 s');
      answers.push(
        Promise.all([acked, echoed]).then(([error, echo]) => {
          echoes.delete(text);
          if (error) errors[error] = (errors[error] ?? 0) + 1;
          else if (!echo) missing++;
          else latenciesMs.push(performance.now() - at);
        }),
      );
    }
    await Promise.all(answers);
    return { kind: 'checked', stillConnected, answered: latenciesMs.length, errors, missing, latenciesMs };
  }
}

function ask<Report extends GeneratorReport>(generator: ChildProcess, command: GeneratorCommand): Promise<Report> {
  return new Promise((resolve) => {
    generator.once('message', (report: Report) => resolve(report));
    generator.send(command);
  });
}

async function sessions(apis: readonly ApiProcess[], count: number): Promise<{ url: string; token: string }[]> {
  const targets: { url: string; token: string }[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      for (let i = next++; i < count; i = next++) {
        // Spread over the api processes, as a proxy would.
        const api = apis[i % apis.length];
        const response = await fetch(`${api.baseUrl}/api/v1/widget/sessions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ locale: 'en' }),
        });
        targets[i] = { url: `${api.baseUrl}/widget`, token: ((await response.json()) as { visitorToken: string }).visitorToken };
      }
    }),
  );
  return targets;
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'okpay-bench-hold-'));
  await chmod(root, 0o755);
  const database = await startSharedDatabase(join(root, 'db'));
  const worker = spawnApi({ ...ENV, DATABASE_URL: database.url, DATA_DIR: join(root, 'worker'), PORT: String(await freePort()), ROLES: 'worker' });
  const apis: ApiProcess[] = [];
  const generators: ChildProcess[] = [];
  try {
    for (let i = 0; i < API_PROCESSES; i++) {
      apis.push(spawnApi({ ...ENV, DATABASE_URL: database.url, DATA_DIR: join(root, `api-${i}`), PORT: String(await freePort()), ROLES: 'api' }, STALL_PROBE_ARGS));
    }
    await Promise.all([worker, ...apis].map((api) => waitForHealthy(api)));
    const targets = await sessions(apis, CONNECTIONS);
    const idle = await Promise.all(apis.map((api) => probeMemory(api.child.pid!, api.output)));

    for (let start = 0; start < CONNECTIONS; start += PER_GENERATOR) {
      generators.push(fork(__filename, ['generator'], { execArgv: process.execArgv }));
    }
    const connectStarted = performance.now();
    const connected = await Promise.all(
      generators.map((generator, i) => ask<Extract<GeneratorReport, { kind: 'connected' }>>(generator, { kind: 'connect', targets: targets.slice(i * PER_GENERATOR, (i + 1) * PER_GENERATOR) })),
    );
    const connectSeconds = (performance.now() - connectStarted) / 1000;
    const held = connected.reduce((sum, report) => sum + report.connected, 0);
    console.log(
      `${held} of ${CONNECTIONS} connected in ${connectSeconds.toFixed(1)} s through ${API_PROCESSES} api processes from ${generators.length} load generators (${connected.map((report) => `${report.connected} in ${report.seconds.toFixed(1)} s`).join(', ')}); ${connected.reduce((sum, report) => sum + report.failed, 0)} refused`,
    );
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const holding = await Promise.all(apis.map((api) => probeMemory(api.child.pid!, api.output)));
    apis.forEach((_api, i) => {
      const perProcess = held / API_PROCESSES;
      console.log(
        `api ${i + 1}: heap after a full collection ${mb(idle[i].heapUsed)} → ${mb(holding[i].heapUsed)} MB (${((holding[i].heapUsed - idle[i].heapUsed) / 1024 / perProcess).toFixed(1)} KB per connection), RSS ${mb(idle[i].rss)} → ${mb(holding[i].rss)} MB (${((holding[i].rss - idle[i].rss) / 1024 / perProcess).toFixed(1)} KB per connection)`,
      );
    });

    console.log(`holding for ${HOLD_SECONDS} s…`);
    await new Promise((resolve) => setTimeout(resolve, HOLD_SECONDS * 1000));
    console.log(`conversations taken by an agent (in the database): ${await markConversationsTakenAt(database.url)}`);
    const checked = await Promise.all(generators.map((generator) => ask<Extract<GeneratorReport, { kind: 'checked' }>>(generator, { kind: 'check', rate: CHECK_RATE / generators.length })));
    const latencies = new Latencies();
    for (const report of checked) for (const ms of report.latenciesMs) latencies.add(ms);
    const sum = (pick: (report: (typeof checked)[number]) => number) => checked.reduce((total, report) => total + pick(report), 0);
    const errors = new Map<string, number>();
    for (const report of checked) for (const [code, count] of Object.entries(report.errors)) errors.set(code, (errors.get(code) ?? 0) + count);
    const errorList = [...errors].map(([code, count]) => `${count} ${code}`).join(', ') || '0';
    console.log(
      `after ${HOLD_SECONDS} s: ${sum((report) => report.stillConnected)} still connected; each sent one message at ${CHECK_RATE}/s in all: ${sum((report) => report.answered)} acked and echoed, errors: ${errorList}, ${sum((report) => report.missing)} echoes missing; send → echo ${latencies.summary()}`,
    );
    const after = await Promise.all(apis.map((api) => probeMemory(api.child.pid!, api.output)));
    console.log(`api heap after the messages: ${after.map((memory: ProcessMemory) => `${mb(memory.heapUsed)} MB`).join(', ')}`);
  } catch (error) {
    for (const api of apis) console.error(`an api process's last output:\n${api.output().replace(/^stall-probe.*\n/gm, '').slice(-2000)}`);
    throw error;
  } finally {
    await Promise.all(generators.map((generator) => new Promise((resolve) => generator.once('exit', resolve).send({ kind: 'close' } satisfies GeneratorCommand))));
    for (const api of [...apis, worker]) api.child.kill('SIGINT');
    await Promise.all([...apis, worker].map((api) => api.exited));
    await database.stop();
    await rm(root, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'generator') runGenerator();
else void main();
