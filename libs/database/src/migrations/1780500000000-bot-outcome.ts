import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outcome for every bot conversation, for the reports: `open` while it runs, then once and for
 * good `handed_off` (to a ticket, the chat queue or a callback), `resolved` (confirmed by the
 * customer, or assumed after an answer and silence) or `abandoned` (silence without an answer).
 */
export class BotOutcome1780500000000 implements MigrationInterface {
  name = 'BotOutcome1780500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE bot_conversations
        ADD COLUMN outcome text NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'handed_off', 'resolved', 'abandoned')),
        ADD COLUMN outcome_at timestamptz,
        ADD COLUMN handed_off_to text CHECK (handed_off_to IN ('ticket', 'chat_queue', 'callback')),
        ADD COLUMN resolution text CHECK (resolution IN ('confirmed', 'assumed')),
        ADD COLUMN last_turn_answered boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT bot_conversations_outcome_detail CHECK (
          (outcome = 'open') = (outcome_at IS NULL)
          AND (outcome = 'handed_off') = (handed_off_to IS NOT NULL)
          AND (outcome = 'resolved') = (resolution IS NOT NULL))`);
    // Conversations handed over before outcomes existed keep what their handoff record says.
    await q.query(`
      UPDATE bot_conversations
      SET outcome = 'handed_off', outcome_at = (handoff->>'at')::timestamptz, handed_off_to = handoff->>'target'
      WHERE handoff IS NOT NULL`);
    await q.query(`CREATE INDEX bot_conversations_created_outcome ON bot_conversations (created_at, outcome)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX bot_conversations_created_outcome`);
    await q.query(`
      ALTER TABLE bot_conversations
        DROP CONSTRAINT bot_conversations_outcome_detail,
        DROP COLUMN last_turn_answered,
        DROP COLUMN resolution,
        DROP COLUMN handed_off_to,
        DROP COLUMN outcome_at,
        DROP COLUMN outcome`);
  }
}
