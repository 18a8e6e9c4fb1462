import { EmbeddedPostgresServer } from '@okpay/database';
import { InvalidConfigError, loadConfig } from '@okpay/shared';

/**
 * Each app process holds up to about 30 connections (its pool of DATABASE_POOL_SIZE, 20 by
 * default, the job queue's 4 and the cluster's 4): room for ten.
 */
const MAX_CONNECTIONS = 300;
/** EX_UNAVAILABLE: PostgreSQL exited without being asked to. */
const EXIT_DATABASE_GONE = 69;

/**
 * `npm run db`: the embedded PostgreSQL alone, under DATA_DIR (EMBEDDED_PG_PORT, or a free port),
 * for several app processes to share. Prints exactly one line on stdout, `DATABASE_URL=…` over TCP
 * on 127.0.0.1, to hand to them; runs until Ctrl-C or SIGTERM, then stops PostgreSQL cleanly. A
 * watchdog stops the postmaster should this process be killed outright.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const server = await EmbeddedPostgresServer.start({
    dataDir: config.dataDir,
    port: config.embeddedPostgresPort,
    databaseName: 'okpay',
    maxConnections: MAX_CONNECTIONS,
  });
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${signal}: stopping PostgreSQL\n`);
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void stop(signal));
  process.once('SIGTERM', (signal) => void stop(signal));
  server.onUnexpectedExit((exit) => {
    process.stderr.write(`PostgreSQL exited unasked (code ${exit.code}, signal ${exit.signal})\n`);
    process.exit(EXIT_DATABASE_GONE);
  });
  process.stdout.write(`DATABASE_URL=${server.tcpUrl}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof InvalidConfigError ? error.message : `PostgreSQL did not start: ${error instanceof Error ? error.stack : String(error)}`}\n`);
  process.exit(error instanceof InvalidConfigError ? 78 : 1);
});
