/**
 * Startup to healthy on an existing data directory (issue #2 goal: under 10 s).
 * Run: npm run bench:startup  (builds first). Not part of npm test.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, spawnApi, waitForHealthy } from '../test/support/api-process';

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

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'okpay-bench-startup-'));
  await chmod(dataDir, 0o755);
  try {
    const fresh = await timedStart(dataDir);
    const existing: number[] = [];
    for (let i = 0; i < RUNS; i++) existing.push(await timedStart(dataDir));
    existing.sort((a, b) => a - b);
    const ms = (v: number) => `${Math.round(v)} ms`;
    console.log(`first start (initdb, migrations, seed): ${ms(fresh)}`);
    console.log(
      `existing data dir, ${RUNS} runs: median ${ms(existing[Math.floor(RUNS / 2)])}, min ${ms(existing[0])}, max ${ms(existing[RUNS - 1])}`,
    );
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main();
