import { MigrationInterface, QueryRunner } from 'typeorm';

/** The bot's side of a conversation: its dialog state, and every turn it answered (for the transcript and analytics). */
export class Bot1767700000000 implements MigrationInterface {
  name = 'Bot1767700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE bot_conversations (
        id uuid PRIMARY KEY,
        customer_id uuid REFERENCES customers (id),
        visitor_id uuid,
        locale text NOT NULL,
        low_confidence_turns integer NOT NULL DEFAULT 0,
        pending_choice jsonb,
        handoff jsonb,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX bot_conversations_customer ON bot_conversations (customer_id) WHERE customer_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE bot_turns (
        id uuid PRIMARY KEY,
        conversation_id uuid NOT NULL REFERENCES bot_conversations (id) ON DELETE CASCADE,
        seq integer NOT NULL,
        text text NOT NULL,
        intent text NOT NULL,
        confidence real NOT NULL,
        reply text NOT NULL,
        article_id text,
        handoff_reason text,
        created_at timestamptz NOT NULL,
        UNIQUE (conversation_id, seq)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE bot_turns`);
    await q.query(`DROP TABLE bot_conversations`);
  }
}
