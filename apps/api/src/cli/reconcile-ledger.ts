import 'reflect-metadata';
import { buildDataSourceOptions, EmbeddedPostgresServer } from '@okpay/database';
import { InvalidConfigError, loadConfig } from '@okpay/shared';
import { LedgerReconciliation } from '@okpay/wallet-core';
import { DataSource } from 'typeorm';

/**
 * `npm run wallet:reconcile`: checks the ledger's invariants and prints the report as JSON.
 * Exit code 0 when balanced, 1 when not, 2 when it could not run. Uses DATABASE_URL, or the
 * embedded PostgreSQL under DATA_DIR when no app is running on it (otherwise ask the running app:
 * GET /api/v1/admin/wallet/reconciliation).
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const embedded = config.databaseUrl
    ? undefined
    : await EmbeddedPostgresServer.start({ dataDir: config.dataDir, port: config.embeddedPostgresPort, databaseName: 'okpay' });
  const dataSource = new DataSource(buildDataSourceOptions({ url: config.databaseUrl ?? embedded!.url, poolSize: 2 }));
  try {
    await dataSource.initialize();
    const report = await new LedgerReconciliation(dataSource).run();
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return report.balanced ? 0 : 1;
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof InvalidConfigError ? error.message : error instanceof Error ? error.message : String(error);
    process.stderr.write(`wallet:reconcile could not run: ${message}\n`);
    process.exit(2);
  },
);
