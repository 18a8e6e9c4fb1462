/**
 * The widget's steady state (visitors whose conversations a person owns send messages; each is
 * stored, acknowledged and echoed to the sender's socket) through the app, and through a bare
 * socket.io server storing each message with one insert (bench/baselines/bare-socket-echo.ts),
 * on one shared PostgreSQL in one run: CONNECTIONS (2,000) sockets each, RATE (1,000) msg/s open
 * loop, warmed, then ROUNDS (3) rounds of SECONDS (10) in alternation. Reports send → message:new
 * latency and the server CPU per message (the server's process and PostgreSQL, idle cost taken
 * off); the ratio is of the medians of CPU per message. Run: npm run bench:widget-echo.
 * Not part of npm test.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, Socket } from 'socket.io-client';
import { freePort, spawnApi, waitForHealthy } from '../test/support/api-process';
import { startSharedDatabase } from '../test/support/shared-database';
import { reportResult } from './support/bench-result';
import { cpuOfTree } from './support/process-usage';
import { RateResult, runRate } from './support/socket-rate';
import { markConversationsTakenAt } from './support/taken-conversations';

const CONNECTIONS = Number(process.env.CONNECTIONS ?? 2000);
const RATE = Number(process.env.RATE ?? 1000);
const SECONDS = Number(process.env.SECONDS ?? 10);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const WARM_UP_SECONDS = 5;

const ENV = {
  AUTH_TOKEN_SECRET: 'bench-widget-echo-token-secret-0123456789abcdef',
  WIDGET_IDENTITY_SECRET: 'bench-widget-echo-widget-secret-0123456789abcdef',
  RISK_RULES: 'off',
  CHAT_EVENT_BURST: '1000',
  CHAT_EVENTS_PER_MINUTE: '60000',
  RATE_LIMITS: 'widget_session.address=1000000/60,socket_connect.address=1000000/60,bot_message.address=1000000/60',
};

interface Target {
  readonly name: string;
  readonly pid: number;
  readonly sockets: Socket[];
  readonly echoes: Map<string, (at: number) => void>;
}

async function connectAll(url: string, auth: (i: number) => Promise<Record<string, string>>): Promise<{ sockets: Socket[]; echoes: Map<string, (at: number) => void> }> {
  const echoes = new Map<string, (at: number) => void>();
  const sockets: Socket[] = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    const socket = io(`${url}/widget`, { auth: await auth(i), transports: ['websocket'], reconnection: false, forceNew: true });
    socket.on('message:new', (message: { text: string }) => echoes.get(message.text)?.(performance.now()));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    sockets.push(socket);
  }
  return { sockets, echoes };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'okpay-bench-widget-echo-'));
  await chmod(root, 0o755);
  const database = await startSharedDatabase(join(root, 'db'));
  const app = spawnApi({ ...ENV, DATABASE_URL: database.url, DATA_DIR: join(root, 'app'), PORT: String(await freePort()) });
  const barePort = await freePort();
  // Through node itself, so that the pid measured is the server's.
  const bare: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'baselines/bare-socket-echo.ts')], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', DATABASE_URL: database.url, PORT: String(barePort) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const bareExited = new Promise((resolve) => bare.once('exit', resolve));
  const targets: Target[] = [];
  try {
    await waitForHealthy(app);
    const appSockets = await connectAll(app.baseUrl, async () => {
      const response = await fetch(`${app.baseUrl}/api/v1/widget/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ locale: 'en' }) });
      return { token: ((await response.json()) as { visitorToken: string }).visitorToken };
    });
    await markConversationsTakenAt(database.url);
    for (let attempt = 0; !(await fetch(`http://127.0.0.1:${barePort}/`).then((r) => r.ok, () => false)); attempt++) {
      if (attempt > 300) throw new Error('the bare server did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const bareSockets = await connectAll(`http://127.0.0.1:${barePort}`, async () => ({ conversationId: randomUUID() }));
    targets.push({ name: 'app', pid: app.child.pid!, ...appSockets }, { name: 'bare', pid: bare.pid!, ...bareSockets });

    const measure = async (target: Target, seconds: number) => {
      const cpu = async () => ({ api: (await cpuOfTree(target.pid)).api, database: (await cpuOfTree(database.pid)).database });
      return runRate(RATE, seconds, target.sockets, target.echoes, cpu, [target.pid, database.pid]);
    };
    for (const target of targets) await measure(target, WARM_UP_SECONDS);
    const results = new Map<string, RateResult[]>(targets.map((t) => [t.name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const target of targets) {
        const result = await measure(target, SECONDS);
        results.get(target.name)!.push(result);
        console.log(
          `round ${round + 1}, ${target.name}: ${result.achievedRate.toFixed(0)}/s sent; send → message:new ${result.echo.summary()}; ${result.failures} without echo; server CPU per message ${(result.apiMs + result.databaseMs).toFixed(2)} ms (server ${result.apiMs.toFixed(2)}, PostgreSQL ${result.databaseMs.toFixed(2)})`,
        );
      }
    }
    const cpuPerMessage = (name: string) => median(results.get(name)!.map((r) => r.apiMs + r.databaseMs));
    const p99 = (name: string) => median(results.get(name)!.map((r) => r.echo.percentile(99)));
    reportResult({
      bench: `widget steady state (${CONNECTIONS} sockets, ${RATE} msg/s to agent-owned chats)`,
      measure: `server CPU per message (process + PostgreSQL), median of ${ROUNDS} rounds; lower is better`,
      unit: 'ms',
      app: cpuPerMessage('app'),
      baseline: cpuPerMessage('bare'),
      baselineIs: 'socket.io + one insert per message',
      higherIsBetter: false,
      note: `p99 send → echo: app ${p99('app').toFixed(1)} ms, bare ${p99('bare').toFixed(1)} ms`,
    });
  } finally {
    for (const target of targets) for (const socket of target.sockets) socket.disconnect();
    app.child.kill('SIGINT');
    bare.kill('SIGINT');
    await Promise.all([app.exited, bareExited]);
    await database.stop();
    await rm(root, { recursive: true, force: true });
  }
}

void main();
