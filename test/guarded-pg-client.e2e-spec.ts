import { buildDataSourceOptions } from '@okpay/database';
import { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { createTestDatabase } from './support/test-database';

/**
 * A pooled connection that PostgreSQL ends while the app holds it idle (checked out, no query
 * running): the pool has taken its own listener off and no query runner put one on. Such a
 * connection's `error` event once crashed the process when PostgreSQL restarted.
 */
describe('a PostgreSQL connection failing while checked out and idle', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = new DataSource(buildDataSourceOptions({ url: await createTestDatabase(), poolSize: 2 }));
    await dataSource.initialize();
  });
  afterAll(() => dataSource.destroy());

  it('is reported as a warning instead of crashing the process, and the pool goes on serving', async () => {
    const pool = (dataSource.driver as unknown as { readonly master: Pool }).master;
    const held: PoolClient = await pool.connect();
    const [{ pid }] = await held.query<{ pid: number }>('SELECT pg_backend_pid() AS pid').then((result) => result.rows);
    const warnings: string[] = [];
    const warned = new Promise<void>((resolve) => {
      jest.spyOn(process, 'emitWarning').mockImplementation((warning: string | Error) => {
        warnings.push(String(warning));
        resolve();
      });
    });
    try {
      await dataSource.query('SELECT pg_terminate_backend($1)', [pid]);
      await warned;
    } finally {
      held.release(true);
      jest.restoreAllMocks();
    }

    expect(warnings[0]).toContain('terminating connection');
    await expect(dataSource.query('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
  });
});
