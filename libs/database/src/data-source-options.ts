import { DataSource, DataSourceOptions } from 'typeorm';
import { GuardedPgClient } from './guarded-pg-client';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming-strategy';

export interface DatabaseConnectionOptions {
  readonly url: string;
  /** Entity classes; apps collect them from the feature libs. */
  readonly entities?: DataSourceOptions['entities'];
  readonly poolSize?: number;
  /** Left out (migrations, command-line tools), a wait is unbounded. */
  readonly timeouts?: {
    readonly poolAcquireMs: number;
    readonly statementMs: number;
    readonly lockMs: number;
    readonly idleInTransactionMs: number;
  };
}

export function buildDataSourceOptions(options: DatabaseConnectionOptions): DataSourceOptions {
  return {
    type: 'postgres',
    ...connectionFields(options.url),
    entities: options.entities ?? [],
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: false,
    extra: { max: options.poolSize ?? 20, application_name: 'okpay-support', Client: GuardedPgClient, ...poolTimeouts(options.timeouts) },
  };
}

/** node-postgres pool and session settings: every wait on the database ends, so overload sheds instead of queueing. */
function poolTimeouts(timeouts: DatabaseConnectionOptions['timeouts']): Record<string, number> {
  if (!timeouts) return {};
  return {
    connectionTimeoutMillis: timeouts.poolAcquireMs,
    statement_timeout: timeouts.statementMs,
    lock_timeout: timeouts.lockMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
  };
}

/** The advisory lock that lets one process at a time migrate a shared database. */
const MIGRATIONS_LOCK = 'okpay:migrations';

/**
 * Applies pending migrations; safe to call on every start, from any number of processes at once:
 * they take turns under a session advisory lock, so the first migrates and the rest find nothing
 * left to do (TypeORM's own check-then-apply would race).
 */
export async function runMigrations(url: string, onPending?: () => void): Promise<string[]> {
  const dataSource = new DataSource(buildDataSourceOptions({ url, poolSize: 2 }));
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [MIGRATIONS_LOCK]);
    if (onPending && (await dataSource.showMigrations())) onPending();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    // Closing the pool ends the lock's session, which releases it even when a migration failed.
    await lock.release();
    await dataSource.destroy();
  }
}

/**
 * TypeORM's own URL parser ignores `?host=/socket/dir` (the libpq form for a Unix socket), so
 * such URLs are passed as separate fields; any other URL goes through unchanged.
 */
export function connectionFields(url: string): { url: string } | { host: string; port: number; username: string; password: string; database: string } {
  const parsed = new URL(url);
  const socketDir = parsed.searchParams.get('host');
  if (!socketDir) return { url };
  return {
    host: socketDir,
    port: Number(parsed.port || 5432),
    username: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.slice(1)),
  };
}
