import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports read rows by the instant that puts them in a day: tickets by their solve, chat
 * conversations by their start, CSAT ratings by when they were given (tickets by creation and bot
 * conversations by start already have theirs).
 */
export class ReportRanges1780860000000 implements MigrationInterface {
  name = 'ReportRanges1780860000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX tickets_solved_at ON tickets (solved_at) WHERE solved_at IS NOT NULL`);
    await q.query(`CREATE INDEX conversations_created_at ON conversations (created_at)`);
    await q.query(`CREATE INDEX ticket_satisfaction_created_at ON ticket_satisfaction (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ticket_satisfaction_created_at`);
    await q.query(`DROP INDEX conversations_created_at`);
    await q.query(`DROP INDEX tickets_solved_at`);
  }
}
