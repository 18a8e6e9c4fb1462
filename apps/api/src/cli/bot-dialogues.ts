import 'reflect-metadata';
import { EmbeddedPostgresServer, PgBossJobQueue, runMigrations } from '@okpay/database';
import { Clock, loadConfig, ShiftedClock, SystemClock } from '@okpay/shared';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiApp } from '../api-app';
import { JOB_QUEUES } from '../jobs/job-workers';
import { DemoSeed } from '../seed/demo-seed';
import { parseDialogueFile } from './dialogues/dialogue-file';
import { playDialogues } from './dialogues/dialogue-player';
import { formatDialogueReport } from './dialogues/dialogue-report';
import { scoreDialogues } from './dialogues/dialogue-scoring';

/**
 * `npm run bot:dialogues -- <file.jsonl> [--verbose] [--json]`: plays every dialogue of the file
 * (docs/bot-dialogues.md) against the real app on a fresh database (embedded PostgreSQL in a temp
 * directory, migrated, demo-seeded, default support hotline and address) and prints the figures:
 * dialogues passed (overall, per locale, per topic), turns passed, intent accuracy, wrong confident
 * answers, grounded facts, handoffs and "none" violations. `--verbose` lists every failed turn;
 * `--json` prints the report as JSON. The clock is the system's, or starts at CLOCK_START.
 */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: npm run bot:dialogues -- <file.jsonl> [--verbose] [--json]\n');
    return 2;
  }
  const dialogues = parseDialogueFile(readFileSync(file, 'utf8'));

  const dataDir = await mkdtemp(join(tmpdir(), 'okpay-dialogues-'));
  await chmod(dataDir, 0o755);
  // Only the clock comes from the environment: the expectations assume the default hotline, address and rules.
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    SMTP_INGEST_PORT: '0',
    CLOCK_START: process.env.CLOCK_START,
    // Every turn comes from one address and a few customers, faster than a person types.
    RATE_LIMITS: 'bot_message.address=1000000/60,bot_message.identity=1000000/60',
  });
  const clock: Clock = config.clockStart ? new ShiftedClock(config.clockStart) : new SystemClock();
  const postgres = await EmbeddedPostgresServer.start({ dataDir, port: 0, databaseName: 'okpay', unsafeFast: true });
  let stopping = false;
  // PostgreSQL going away at the end is expected; any other queue error is worth seeing.
  const jobs = new PgBossJobQueue(postgres.url, (error) => stopping || process.stderr.write(`job queue: ${error.message}\n`));
  let app: Awaited<ReturnType<typeof createApiApp>> | undefined;
  try {
    await runMigrations(postgres.url);
    // Jobs are enqueued but no worker runs: nothing is mailed, and nothing settles during the run.
    await jobs.start(JOB_QUEUES);
    app = await createApiApp({
      config,
      clock,
      databaseUrl: postgres.url,
      tokenSecret: randomBytes(32).toString('hex'),
      widgetIdentitySecret: randomBytes(32).toString('hex'),
      jobs,
    });
    await app.get(DemoSeed).run();
    const seededAt = clock.now().toISOString();

    const report = scoreDialogues(await playDialogues(app, dialogues));
    if (args.includes('--json')) {
      process.stdout.write(`${JSON.stringify({ file, seededAt, ...report }, null, 2)}\n`);
    } else {
      process.stdout.write(`${file}: ${dialogues.length} dialogues, demo data seeded at ${seededAt}\n${formatDialogueReport(report, args.includes('--verbose'))}\n`);
    }
    return 0;
  } finally {
    stopping = true;
    await app?.close();
    await jobs.stop();
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`bot:dialogues failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
