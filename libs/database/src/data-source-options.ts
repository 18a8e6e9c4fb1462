import { DataSource, DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming-strategy';

export interface DatabaseConnectionOptions {
  readonly url: string;
  /** Entity classes; apps collect them from the feature libs. */
  readonly entities?: DataSourceOptions['entities'];
  readonly poolSize?: number;
}

export function buildDataSourceOptions(options: DatabaseConnectionOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    entities: options.entities ?? [],
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: false,
    extra: { max: options.poolSize ?? 20, application_name: 'okpay-support' },
  };
}

/** Applies pending migrations; safe to call on every start (TypeORM locks the migrations table). */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(buildDataSourceOptions({ url, poolSize: 2 }));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
