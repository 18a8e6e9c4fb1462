import { Pool, PoolClient } from 'pg';
import { DataSource, EntityManager } from 'typeorm';

/**
 * A hot statement sent as a named prepared statement on a connection of the DataSource's pool:
 * each connection parses it once, and PostgreSQL may keep a generic plan for it, where TypeORM's
 * unnamed statements are parsed and planned on every call (a statement folding many reads into one
 * can take longer to plan than to run). `name` must stand for this `text` alone. For statements run
 * on their own, outside a transaction; the rows come back as `DataSource.query` returns a SELECT's.
 */
export async function preparedQuery<Row>(dataSource: DataSource, name: string, text: string, values: readonly unknown[]): Promise<Row[]> {
  const pool = (dataSource.driver as unknown as { readonly master: Pool }).master;
  const result = await pool.query({ name, text, values: [...values] });
  return result.rows as Row[];
}

/**
 * The same through an entity manager: inside a transaction (`dataSource.transaction`'s manager)
 * on the connection the transaction holds, so the statement is part of it; otherwise on the pool.
 */
export async function preparedQueryIn<Row>(manager: EntityManager, name: string, text: string, values: readonly unknown[]): Promise<Row[]> {
  const held = (manager.queryRunner as unknown as { readonly databaseConnection?: PoolClient } | undefined)?.databaseConnection;
  if (!held) return preparedQuery<Row>(manager.connection, name, text, values);
  const result = await held.query({ name, text, values: [...values] });
  return result.rows as Row[];
}
