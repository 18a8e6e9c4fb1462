import { MigrationInterface, QueryRunner } from 'typeorm';

/** A chat emailed to its customer: the mail names its conversation, and one address gets one transcript of it. */
export class ChatTranscripts1780910000000 implements MigrationInterface {
  name = 'ChatTranscripts1780910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE email_messages ADD COLUMN conversation_id uuid REFERENCES conversations (id)`);
    await q.query(`CREATE UNIQUE INDEX email_messages_transcript_once ON email_messages (conversation_id, lower(to_address)) WHERE kind = 'transcript'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX email_messages_transcript_once`);
    await q.query(`ALTER TABLE email_messages DROP COLUMN conversation_id`);
  }
}
