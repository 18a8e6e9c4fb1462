import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fixed-window counters for rate limits, shared by every process. The subject (an address, an
 * identity, a phone number) is stored as a digest: the table is for counting, not for looking up
 * who called.
 */
export class RateLimitCounters1780300000000 implements MigrationInterface {
  name = 'RateLimitCounters1780300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rate_limit_counters (
        rule text NOT NULL,
        subject_digest text NOT NULL,
        window_start timestamptz NOT NULL,
        window_end timestamptz NOT NULL,
        hits integer NOT NULL,
        PRIMARY KEY (rule, subject_digest, window_start)
      )`);
    await q.query(`CREATE INDEX rate_limit_counters_window_end_idx ON rate_limit_counters (window_end)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit_counters`);
  }
}
