import { BotKnowledge } from '@okpay/bot';
import { EmbeddedPostgresServer, PgBossJobQueue, runMigrations } from '@okpay/database';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TEMPLATE_DATABASE = 'okpay_template';

/**
 * One embedded PostgreSQL for the whole run, with a migrated template database that each test
 * file clones into a database of its own (CREATE DATABASE … TEMPLATE is fast).
 */
export default async function globalSetup(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'okpay-test-'));
  await chmod(dataDir, 0o755);
  const server = await EmbeddedPostgresServer.start({ dataDir, port: 0, databaseName: TEMPLATE_DATABASE, unsafeFast: true });
  await runMigrations(server.url);
  // pg-boss installs its own schema on first start; doing it once here keeps each clone fast.
  await PgBossJobQueue.installSchema(server.url);
  // Train the bot's model (cached on disk) once, before any test file boots an app: on a fresh
  // machine each file would otherwise train it at once, beyond its hook's time limit.
  BotKnowledge.load();
  process.env.OKPAY_TEST_TEMPLATE_URL = server.url;
  process.env.OKPAY_TEST_DATA_DIR = dataDir;
  (globalThis as { okpayTestPostgres?: EmbeddedPostgresServer }).okpayTestPostgres = server;
}
