import 'reflect-metadata';
import { EmbeddedPostgresServer, PgBossJobQueue, runMigrations, superviseEmbeddedPostgres } from '@okpay/database';
import { AppConfig, Clock, InvalidConfigError, loadConfig, readOrCreateSecretFile, ShiftedClock, SystemClock } from '@okpay/shared';
import { join } from 'node:path';
import pino from 'pino';
import { createApiApp } from './api-app';
import { JOB_QUEUES, startJobWorkers } from './jobs/job-workers';
import { buildPinoOptions } from './logging/logger-options';
import { DemoSeed } from './seed/demo-seed';

/** SIGTERM or SIGINT to exit, even under load; past it the process exits anyway, with code 1. */
const SHUTDOWN_BOUND_MS = 8_000;
/** Kept back, out of the bound, for the steps after closing the app. */
const JOBS_STOP_BUDGET_MS = 1_500;
const POSTGRES_STOP_BUDGET_MS = 2_500;
/** EX_UNAVAILABLE: the embedded PostgreSQL kept dying; a process supervisor should start us again. */
const EXIT_DATABASE_GONE = 69;

/**
 * `npm run serve` (and `npm start`, which builds first): database (embedded unless DATABASE_URL),
 * migrations, demo seed, then what ROLES asks for: `api` serves HTTP and sockets, `worker` runs the
 * durable jobs, `mail` the SMTP listener. Any number of processes may share one DATABASE_URL; a
 * process without `api` still listens on PORT, for `/api/v1/health` only.
 * Ctrl-C (or SIGTERM) closes the app first and then stops PostgreSQL cleanly, within a bound. An
 * embedded PostgreSQL that exits unasked is restarted; the pools and the job queue reconnect by themselves.
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
        onCreatingCluster: () => log.info({ dataDir: config.dataDir }, 'creating the PostgreSQL cluster (first start on this DATA_DIR)'),
      });
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  if (embedded) log.info({ dataDir: config.dataDir, port: embedded.port }, 'embedded PostgreSQL started');

  const jobs = new PgBossJobQueue(databaseUrl, (error) => log.error({ err: error }, 'job queue error'), config.roles.includes('worker'));
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
    const deadline = performance.now() + SHUTDOWN_BOUND_MS;
    log.info({ reason, boundMs: SHUTDOWN_BOUND_MS }, 'shutting down');
    // Whatever still hangs at the bound (a stuck request, a database that does not answer) is
    // abandoned: the process exits non-zero so a supervisor knows the stop was not clean.
    setTimeout(() => {
      log.error({ reason, boundMs: SHUTDOWN_BOUND_MS }, 'shutdown did not finish within its bound: exiting anyway');
      process.exit(exitCode === 0 ? 1 : exitCode);
    }, SHUTDOWN_BOUND_MS).unref();
    const remaining = () => Math.max(0, deadline - performance.now());

    // Stops accepting, answers 503 to new requests on open connections, closes sockets, and
    // lets in-flight requests finish while time allows; then the pool closes.
    await withinBudget(app?.close(), remaining() - JOBS_STOP_BUDGET_MS - POSTGRES_STOP_BUDGET_MS, 'closing the app', log);
    await withinBudget(jobs.stop(), remaining() - POSTGRES_STOP_BUDGET_MS, 'stopping the job queue', log);
    await withinBudget(embedded?.stop(), remaining(), 'stopping PostgreSQL', log);
    log.info('stopped');
    process.exit(exitCode);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  const applied = await runMigrations(databaseUrl, () => log.info('applying database migrations'));
  if (applied.length > 0) log.info({ migrations: applied }, 'migrations applied');
  await jobs.start(JOB_QUEUES);

  if (config.databaseUrl && !(config.authTokenSecret && config.widgetIdentitySecret)) {
    log.warn(
      'AUTH_TOKEN_SECRET or WIDGET_IDENTITY_SECRET is not set: this process uses one generated into its DATA_DIR, so other processes on this database will refuse its tokens. Give every process the same ones.',
    );
  }
  const tokenSecret = config.authTokenSecret ?? (await readOrCreateSecretFile(join(config.dataDir, 'auth-token-secret')));
  const widgetIdentitySecret =
    config.widgetIdentitySecret ?? (await readOrCreateSecretFile(join(config.dataDir, 'widget-identity-secret')));
  app = await createApiApp({ config, clock, databaseUrl, tokenSecret, widgetIdentitySecret, jobs });
  if (config.seedDemoData) await app.get(DemoSeed).run();
  if (config.roles.includes('worker')) await startJobWorkers(app, jobs);

  await app.listen({ port: config.port, host: config.host });
  log.info(
    { url: `http://${config.host}:${config.port}`, roles: config.roles, startupMs: Math.round(performance.now() - startedAt) },
    'OKPay Support is ready',
  );
}

/** Waits for one shutdown step at most `budgetMs`; a step that fails or overruns is logged and left behind. */
async function withinBudget(step: Promise<unknown> | undefined, budgetMs: number, what: string, log: pino.Logger): Promise<void> {
  if (!step) return;
  let timer: NodeJS.Timeout | undefined;
  const overran = new Promise<'overran'>((resolve) => (timer = setTimeout(() => resolve('overran'), Math.max(0, budgetMs))));
  const settled = step.then(
    () => 'done' as const,
    (error: unknown) => {
      log.error({ err: error }, `${what} failed`);
      return 'failed' as const;
    },
  );
  if ((await Promise.race([settled, overran])) === 'overran') {
    log.warn({ budgetMs: Math.round(budgetMs) }, `${what} overran its share of the shutdown bound: going on without it`);
  }
  clearTimeout(timer);
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
