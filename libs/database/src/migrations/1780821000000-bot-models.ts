import { MigrationInterface, QueryRunner } from 'typeorm';

/** Trained bot classifiers by content key, built once per knowledge-base version for every process. */
export class BotModels1780821000000 implements MigrationInterface {
  name = 'BotModels1780821000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE bot_models (
        key text PRIMARY KEY,
        snapshot bytea NOT NULL,
        created_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE bot_models`);
  }
}
