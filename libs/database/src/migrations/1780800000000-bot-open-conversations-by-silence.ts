import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The silence timer of bot conversations is a sweep over the open ones by their last turn
 * (`updated_at`), not a pg-boss job per turn: the index holds only open conversations, which the
 * sweep keeps few. Timer jobs scheduled before this have no worker any more and expire in pg-boss;
 * the sweep ends their conversations.
 */
export class BotOpenConversationsBySilence1780800000000 implements MigrationInterface {
  name = 'BotOpenConversationsBySilence1780800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX bot_conversations_open_last_turn ON bot_conversations (updated_at) WHERE outcome = 'open'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX bot_conversations_open_last_turn`);
  }
}
