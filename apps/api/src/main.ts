import 'reflect-metadata';
import { EmbeddedPostgresServer, PgBossJobQueue, runMigrations, superviseEmbeddedPostgres } from '@okpay/database';
import { AppConfig, Clock, InvalidConfigError, loadConfig, readOrCreateSecretFile, ShiftedClock, SystemClock } from '@okpay/shared';
import { join } from 'node:path';
import pino from 'pino';
import { createApiApp } from './api-app';
import { JOB_QUEUES, startJobWorkers } from './jobs/job-workers';
import { buildPinoOptions } from './logging/logger-options';
import { DemoSeed } from './seed/demo-seed';

/** EX_UNAVAILABLE: the embedded PostgreSQL kept dying; a process supervisor should start us again. */
const EXIT_DATABASE_GONE = 69;

/**
 * `npm start`: database (embedded unless DATABASE_URL), migrations, demo seed, then serve.
 * Ctrl-C closes the app first and then stops PostgreSQL cleanly. An embedded PostgreSQL that
 * exits unasked is restarted; the pools and the job queue reconnect by themselves.
 */
async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = readConfigOrExit();
  const log = pino(buildPinoOptions(config));
  const clock: Clock = config.clockStart ? new ShiftedClock(config.clockStart) : new SystemClock();

  const embedded = config.databaseUrl
    ? undefined
    : await EmbeddedPostgresServer.start({
        dataDir: config.dataDir,
        port: config.embeddedPostgresPort,
        databaseName: 'okpay',
        onLog: (line) => log.debug({ component: 'postgres' }, line),
      });
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  if (embedded) log.info({ dataDir: config.dataDir, port: embedded.port }, 'embedded PostgreSQL started');

  const jobs = new PgBossJobQueue(databaseUrl, (error) => log.error({ err: error }, 'job queue error'));
  let app: Awaited<ReturnType<typeof createApiApp>> | undefined = undefined;
  const supervision =
    embedded &&
    superviseEmbeddedPostgres(embedded, {
      onExit: (exit) => log.error(exit, 'embedded PostgreSQL exited; restarting it'),
      onRestarted: (attempt) => log.warn({ attempt }, 'embedded PostgreSQL restarted'),
      onRestartFailed: (error, attempt) => log.error({ err: error, attempt }, 'restarting the embedded PostgreSQL failed'),
      onGaveUp: (error) => {
        log.fatal({ err: error }, 'embedded PostgreSQL keeps failing; exiting so that a supervisor restarts the app');
        void shutdown('embedded PostgreSQL gone', EXIT_DATABASE_GONE);
      },
    });

  let shuttingDown = false;
  const shutdown = async (reason: string, exitCode = 0) => {
    if (shuttingDown) return;
    shuttingDown = true;
    supervision?.stop();
    log.info({ reason }, 'shutting down');
    await app?.close().catch((error: unknown) => log.error({ err: error }, 'closing the app failed'));
    await jobs.stop().catch((error: unknown) => log.error({ err: error }, 'stopping the job queue failed'));
    await embedded?.stop();
    log.info('stopped');
    process.exit(exitCode);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  const applied = await runMigrations(databaseUrl);
  if (applied.length > 0) log.info({ migrations: applied }, 'migrations applied');
  await jobs.start(JOB_QUEUES);

  const tokenSecret = config.authTokenSecret ?? (await readOrCreateSecretFile(join(config.dataDir, 'auth-token-secret')));
  const widgetIdentitySecret =
    config.widgetIdentitySecret ?? (await readOrCreateSecretFile(join(config.dataDir, 'widget-identity-secret')));
  app = await createApiApp({ config, clock, databaseUrl, tokenSecret, widgetIdentitySecret, jobs });
  if (config.seedDemoData) await app.get(DemoSeed).run();
  await startJobWorkers(app, jobs);

  await app.listen({ port: config.port, host: config.host });
  log.info(
    { url: `http://${config.host}:${config.port}`, startupMs: Math.round(performance.now() - startedAt) },
    'OKPay Support is ready',
  );
}

function readConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof InvalidConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`OKPay Support failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
