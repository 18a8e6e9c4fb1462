import { MigrationInterface, QueryRunner } from 'typeorm';

/** An agent's own ticket views: a name and the list filters it stands for. */
export class SavedTicketViews1780920000000 implements MigrationInterface {
  name = 'SavedTicketViews1780920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE saved_ticket_views (
        id uuid PRIMARY KEY,
        agent_id uuid NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
        name text NOT NULL,
        filters jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (agent_id, name)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE saved_ticket_views`);
  }
}
