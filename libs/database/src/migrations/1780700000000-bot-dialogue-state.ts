import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A bot conversation keeps its dialogue state: the topic, the details carried between turns and the
 * question the bot waits on. It replaces `pending_choice`, which held only the last of these; an
 * open question there moves into the state so a conversation in progress goes on.
 */
export class BotDialogueState1780700000000 implements MigrationInterface {
  name = 'BotDialogueState1780700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE bot_conversations ADD COLUMN state jsonb NOT NULL DEFAULT '{"topic": null, "topicText": null, "slots": {}, "awaiting": null}'`);
    await q.query(`
      UPDATE bot_conversations
      SET state = jsonb_set(state, '{awaiting}', CASE
        WHEN pending_choice->>'action' = 'callback_phone' THEN '{"kind": "callback_phone"}'::jsonb
        ELSE jsonb_build_object(
          'kind', 'pick_transaction',
          'purpose', pending_choice->>'action',
          'intent', CASE WHEN pending_choice->>'action' = 'refund' THEN 'refund' ELSE 'cancel_transaction' END,
          'options', pending_choice->'options',
          'key', gen_random_uuid()::text)
      END)
      WHERE pending_choice IS NOT NULL`);
    await q.query(`ALTER TABLE bot_conversations DROP COLUMN pending_choice`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE bot_conversations ADD COLUMN pending_choice jsonb`);
    await q.query(`
      UPDATE bot_conversations
      SET pending_choice = CASE
        WHEN state->'awaiting'->>'kind' = 'callback_phone' THEN '{"action": "callback_phone", "options": []}'::jsonb
        ELSE jsonb_build_object('action', state->'awaiting'->>'purpose', 'options', state->'awaiting'->'options')
      END
      WHERE state->'awaiting'->>'kind' IN ('callback_phone', 'pick_transaction') AND state->'awaiting'->>'purpose' IS DISTINCT FROM 'explain'`);
    await q.query(`ALTER TABLE bot_conversations DROP COLUMN state`);
  }
}
