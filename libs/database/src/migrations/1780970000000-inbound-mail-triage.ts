import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Inbound mail is triaged by a durable job after the commit that answers 250: `triaged_at` is
 * the job's claim, so a job that runs again (a retry after its commit) does nothing twice. Mail
 * received before this was triaged on arrival.
 */
export class InboundMailTriage1780970000000 implements MigrationInterface {
  name = 'InboundMailTriage1780970000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE email_messages ADD COLUMN triaged_at timestamptz`);
    await q.query(`UPDATE email_messages SET triaged_at = created_at WHERE direction = 'inbound' AND kind = 'customer' AND ticket_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE email_messages DROP COLUMN triaged_at`);
  }
}
