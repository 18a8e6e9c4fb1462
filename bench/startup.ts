/**
 * Startup to healthy: the built app on a new and on an existing data directory, then `npm start`
 * itself on an unchanged checkout (its build check, then the app), as a restart is.
 * Run: npm run bench:startup (builds first if the sources changed). Not part of npm test.
 */
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiProcess, freePort, spawnApi, waitForHealthy } from '../test/support/api-process';

const RUNS = Number(process.env.RUNS ?? 5);

async function timedStart(dataDir: string): Promise<number> {
  const started = performance.now();
  const api = spawnApi({ DATA_DIR: dataDir, PORT: String(await freePort()) });
  await waitForHealthy(api);
  const elapsed = performance.now() - started;
  api.child.kill('SIGINT');
  await api.exited;
  return elapsed;
}

/** `npm start` in its own process group, so that SIGINT reaches npm, tsx and the app alike. */
async function timedNpmStart(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', SMTP_INGEST_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const api: ApiProcess = {
    child,
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => output,
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
  };
  await waitForHealthy(api);
  const elapsed = performance.now() - started;
  process.kill(-child.pid!, 'SIGINT');
  await api.exited;
  return elapsed;
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'okpay-bench-startup-'));
  await chmod(dataDir, 0o755);
  try {
    const fresh = await timedStart(dataDir);
    const existing: number[] = [];
    for (let i = 0; i < RUNS; i++) existing.push(await timedStart(dataDir));
    const restarts: number[] = [];
    for (let i = 0; i < RUNS; i++) restarts.push(await timedNpmStart(dataDir));
    const ms = (v: number) => `${Math.round(v)} ms`;
    const spread = (runs: number[]) => {
      const sorted = [...runs].sort((a, b) => a - b);
      return `${RUNS} runs: median ${ms(sorted[Math.floor(RUNS / 2)])}, min ${ms(sorted[0])}, max ${ms(sorted[RUNS - 1])}`;
    };
    console.log(`first start (initdb, migrations, seed): ${ms(fresh)}`);
    console.log(`existing data dir, the built app: ${spread(existing)}`);
    console.log(`existing data dir, \`npm start\` on an unchanged checkout (build skipped): ${spread(restarts)}`);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main();
