/**
 * The reports overview over a month and over a year of history, in-process on the built app and
 * its own embedded PostgreSQL. Run: npm run bench:reports (REPORTS_BENCH_ROWS tickets and as many
 * chat conversations over 2027, 1,000,000 unless set). Not part of npm test. The rows are written
 * straight into the tables (generate_series), answered and solved within business-like hours; the
 * tables' triggers record their reporting events, and the roll-up (timed) adds them into the daily
 * rollups the overview reads. With REPORTS_BENCH_DATA_DIR set, the database is kept in that folder
 * and a later run on it skips the seeding and the roll-up (its new migrations still run).
 */
import type { ReportFilter, ReportOverviews as ReportOverviewsType, ReportRollups as ReportRollupsType } from '@okpay/reports';
import type { QueryRunner } from 'typeorm';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

// The compiled build: Nest's dependency injection needs the decorator metadata swc emits.
const load = createRequire(__filename);
const { EmbeddedPostgresServer, PgBossJobQueue, runMigrations } = load('../dist/libs/database/src/index.js') as typeof import('@okpay/database');
const { loadConfig, SystemClock } = load('../dist/libs/shared/src/index.js') as typeof import('@okpay/shared');
const { ReportOverviews, ReportRollups } = load('../dist/libs/reports/src/index.js') as typeof import('@okpay/reports');
const { createApiApp } = load('../dist/apps/api/src/api-app.js') as typeof import('../apps/api/src/api-app');
const { JOB_QUEUES } = load('../dist/apps/api/src/jobs/job-workers.js') as typeof import('../apps/api/src/jobs/job-workers');

const ROWS = Number(process.env.REPORTS_BENCH_ROWS ?? 1_000_000);
const RUNS = 20;
const YEAR_SECONDS = 365 * 86_400;

async function main(): Promise<void> {
  const keptDir = process.env.REPORTS_BENCH_DATA_DIR;
  const dataDir = keptDir ?? (await mkdtemp(join(tmpdir(), 'okpay-bench-reports-')));
  await chmod(dataDir, 0o755).catch(() => undefined);
  const postgres = await EmbeddedPostgresServer.start({ dataDir, port: 0, databaseName: 'okpay' });
  try {
    await runMigrations(postgres.url);
    const jobs = new PgBossJobQueue(postgres.url, (error) => console.error(error));
    await jobs.start(JOB_QUEUES);
    const app = await createApiApp({
      config: loadConfig({ LOG_LEVEL: 'silent', SMTP_INGEST_PORT: '0' }),
      clock: new SystemClock(),
      databaseUrl: postgres.url,
      tokenSecret: 'bench-token-secret-that-is-long-enough-0123456789',
      widgetIdentitySecret: 'bench-widget-identity-secret-long-enough-0123456789',
      jobs,
    });
    const { DataSource } = load('typeorm') as typeof import('typeorm');
    const db = app.get(DataSource);
    const overviews: ReportOverviewsType = app.get(ReportOverviews);

    // Writing a million rows (and their events) takes longer than the app's statement timeout allows.
    const seeder = db.createQueryRunner();
    const [{ seededBefore }] = await db.query(`SELECT EXISTS (SELECT 1 FROM contacts WHERE id = '00000000-0000-4000-8000-00000000b001') AS "seededBefore"`);
    if (seededBefore) console.log(`reusing the database seeded before in ${dataDir}`);
    else await seed(seeder, app.get(ReportRollups));
    await seeder.release();
    const [{ rows: rollupRows }] = await db.query(`SELECT count(*)::int AS rows FROM report_daily`);
    console.log(`${rollupRows} daily rollup rows`);

    const measure = async (label: string, from: string, to: string, filter: ReportFilter = {}) => {
      const range = { from, to, timeZone: 'Asia/Shanghai', start: new Date(`${from}T00:00:00+08:00`), end: new Date(new Date(`${to}T00:00:00+08:00`).getTime() + 86_400_000) };
      const times: number[] = [];
      // One unmeasured run first: the process's first call of a code path compiles it.
      await overviews.overview(range, filter);
      for (let run = 0; run < RUNS; run++) {
        const started = performance.now();
        await overviews.overview(range, filter);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const at = (share: number) => times[Math.min(times.length - 1, Math.ceil(share * times.length) - 1)].toFixed(1);
      console.log(`${label}: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms over ${RUNS} runs`);
    };
    await measure('overview, one month (2027-03)', '2027-03-01', '2027-03-31');
    await measure('overview, the year (2027)', '2027-01-01', '2027-12-31');
    await measure('overview, one month, channel=email', '2027-03-01', '2027-03-31', { channel: 'email' });
    await measure('overview, the year, priority=urgent', '2027-01-01', '2027-12-31', { priority: 'urgent' });
    console.log(`load average while measuring (1, 5, 15 min): ${loadavg().map((load) => load.toFixed(2)).join(', ')} on ${cpus().length} cores`);

    await app.close();
    await jobs.stop();
  } finally {
    await postgres.stop();
    if (!keptDir) await rm(dataDir, { recursive: true, force: true });
  }
}

/** A year of tickets and conversations, their events rolled up. */
async function seed(seeder: QueryRunner, rollups: ReportRollupsType): Promise<void> {
  await seeder.query(`SET statement_timeout = 0`);
  const seeded = performance.now();
  await seeder.query(`INSERT INTO contacts (id, name, created_at) VALUES ('00000000-0000-4000-8000-00000000b001', 'Bench', '2027-01-01T00:00:00Z')`);
  await seeder.query(
    `INSERT INTO tickets (id, subject, status, priority, channel, contact_id, created_at, updated_at,
                          first_response_due_at, first_responded_at, resolution_due_at, solved_at)
     SELECT gen_random_uuid(), 'Bench ticket ' || i, CASE WHEN i % 4 = 0 THEN 'open' ELSE 'solved' END,
            (ARRAY['low', 'normal', 'high', 'urgent'])[1 + i % 4], (ARRAY['web', 'email', 'chat'])[1 + i % 3],
            '00000000-0000-4000-8000-00000000b001', at, at, at + interval '4 hours', at + (i % 300) * interval '1 minute',
            at + interval '24 hours', CASE WHEN i % 4 = 0 THEN NULL ELSE at + (i % 40) * interval '1 hour' END
     FROM (SELECT i, timestamptz '2027-01-01T01:00:00Z' + (i::float8 / $1 * $2) * interval '1 second' AS at FROM generate_series(1, $1) AS i) t`,
    [ROWS, YEAR_SECONDS],
  );
  await seeder.query(
    `INSERT INTO visitor_sessions (id, conversation_id, locale, created_at)
     SELECT gen_random_uuid(), gen_random_uuid(), 'en', timestamptz '2027-01-01T01:00:00Z' + (i::float8 / $1 * $2) * interval '1 second' FROM generate_series(1, $1) AS i`,
    [ROWS, YEAR_SECONDS],
  );
  await seeder.query(`INSERT INTO conversations (id, visitor_id, locale, status, created_at, updated_at) SELECT conversation_id, id, 'en', 'closed', created_at, created_at FROM visitor_sessions`);
  await seeder.query(
    `INSERT INTO bot_conversations (id, visitor_id, locale, created_at, updated_at, outcome, outcome_at, handed_off_to, resolution)
     SELECT id, visitor_id, 'en', created_at, created_at, CASE WHEN n % 2 = 0 THEN 'resolved' ELSE 'handed_off' END, created_at,
            CASE WHEN n % 2 = 0 THEN NULL ELSE 'chat_queue' END, CASE WHEN n % 2 = 0 THEN 'assumed' ELSE NULL END
     FROM (SELECT id, visitor_id, created_at, row_number() OVER () AS n FROM conversations) c`,
  );
  await seeder.query(`INSERT INTO ticket_satisfaction (ticket_id, score, created_at) SELECT id, 1 + number % 5, solved_at FROM tickets WHERE solved_at IS NOT NULL AND number % 3 = 0`);
  await seeder.query(`VACUUM ANALYZE`);
  console.log(`${ROWS} tickets and ${ROWS} conversations over 2027 written (their reporting events by the triggers) in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);
  const rolling = performance.now();
  const rolled = await rollups.rollPending();
  // As autovacuum would: rolling marks every event, and the dead index entries would slow the look for pending ones.
  await seeder.query(`VACUUM ANALYZE report_events`);
  await seeder.query(`VACUUM ANALYZE report_daily`);
  await seeder.query(`VACUUM ANALYZE report_monthly`);
  console.log(`${rolled} events rolled up in ${((performance.now() - rolling) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(error);
  // The job queue's timers would keep a failed run alive.
  process.exit(1);
});
