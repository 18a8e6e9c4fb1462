import { MigrationInterface, QueryRunner } from 'typeorm';

/** "Was this helpful?" on help centre pages: one row per vote, counted per article for the reports. */
export class HelpArticleVotes1780840000000 implements MigrationInterface {
  name = 'HelpArticleVotes1780840000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE help_article_votes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        locale text NOT NULL CHECK (locale IN ('zh-CN', 'en')),
        article_id text NOT NULL,
        helpful boolean NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX help_article_votes_article ON help_article_votes (article_id, locale)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE help_article_votes`);
  }
}
