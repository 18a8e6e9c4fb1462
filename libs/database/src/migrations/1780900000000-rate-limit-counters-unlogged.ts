import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate-limit counters are written on every limited request and matter only for their window (a
 * minute or so): unlogged, they cost no WAL and no flush to disk at each commit. A crash empties
 * the table, which starts every window afresh, as a restart of an in-memory limiter would.
 */
export class RateLimitCountersUnlogged1780900000000 implements MigrationInterface {
  name = 'RateLimitCountersUnlogged1780900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rate_limit_counters SET UNLOGGED`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rate_limit_counters SET LOGGED`);
  }
}
