import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A turn counter on the bot conversation: a turn's `seq` is taken by incrementing it in the
 * statement that records the turn, one round trip instead of a locking transaction of four.
 */
export class BotTurnCount1767800000000 implements MigrationInterface {
  name = 'BotTurnCount1767800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE bot_conversations ADD COLUMN turn_count integer NOT NULL DEFAULT 0`);
    await q.query(`
      UPDATE bot_conversations c SET turn_count = t.last
      FROM (SELECT conversation_id, max(seq) AS last FROM bot_turns GROUP BY conversation_id) t
      WHERE t.conversation_id = c.id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE bot_conversations DROP COLUMN turn_count`);
  }
}
