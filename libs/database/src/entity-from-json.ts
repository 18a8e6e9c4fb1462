import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * An entity from a row PostgreSQL sent as JSON (`to_jsonb(row)`), converted column by column as
 * TypeORM converts a plain result (dates, booleans, transformers such as money's bigint). For reads
 * that fold several queries into one statement: one round trip and one snapshot.
 */
export function entityFromJson<T extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<T>, row: Record<string, unknown>): T {
  const metadata = dataSource.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    column.setEntityValue(entity, dataSource.driver.prepareHydratedValue(row[column.databaseName] ?? null, column));
  }
  return entity;
}
