import 'reflect-metadata';
import { EmbeddedPostgresServer, PgBossJobQueue, runMigrations } from '@okpay/database';
import { ReportRollups } from '@okpay/reports';
import { InvalidConfigError, loadConfig, readOrCreateSecretFile, SystemClock } from '@okpay/shared';
import { join } from 'node:path';
import { createApiApp } from '../api-app';
import { JOB_QUEUES } from '../jobs/job-workers';

/**
 * `npm run reports:rebuild`: recomputes the daily report rollups from the reporting events, in one
 * transaction (reports show the old rollups until it commits), and prints how many events it rolled.
 * Uses DATABASE_URL, or the embedded PostgreSQL under DATA_DIR when no app is running on it.
 * Exit code 0 when done, 2 when it could not run.
 */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', SMTP_INGEST_PORT: '0' });
  const embedded = config.databaseUrl
    ? undefined
    : await EmbeddedPostgresServer.start({ dataDir: config.dataDir, port: config.embeddedPostgresPort, databaseName: 'okpay' });
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  let stopping = false;
  const jobs = new PgBossJobQueue(databaseUrl, (error) => stopping || process.stderr.write(`job queue: ${error.message}\n`), false);
  let app: Awaited<ReturnType<typeof createApiApp>> | undefined;
  try {
    await runMigrations(databaseUrl);
    // No worker runs here: jobs the app would enqueue wait for the app's own workers.
    await jobs.start(JOB_QUEUES);
    const tokenSecret = config.authTokenSecret ?? (await readOrCreateSecretFile(join(config.dataDir, 'auth-token-secret')));
    const widgetIdentitySecret = config.widgetIdentitySecret ?? (await readOrCreateSecretFile(join(config.dataDir, 'widget-identity-secret')));
    app = await createApiApp({ config, clock: new SystemClock(), databaseUrl, tokenSecret, widgetIdentitySecret, jobs });
    const startedAt = performance.now();
    const rolled = await app.get(ReportRollups).rebuild();
    process.stdout.write(`reports:rebuild: ${rolled} events rolled up in ${Math.round(performance.now() - startedAt)} ms\n`);
  } finally {
    stopping = true;
    await app?.close();
    await jobs.stop();
    await embedded?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof InvalidConfigError ? error.message : error instanceof Error ? error.message : String(error);
    process.stderr.write(`reports:rebuild could not run: ${message}\n`);
    process.exit(2);
  },
);
