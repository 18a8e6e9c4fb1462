import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email: the thread of each email ticket (its reply-address token), every mail in and out
 * (Message-IDs for threading, content hashes for dedupe, delivery status), attachments, and
 * what we know about an address (bouncing, last acknowledgement).
 */
export class Messaging1767744000000 implements MigrationInterface {
  name = 'Messaging1767744000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE UNIQUE INDEX contacts_email_only ON contacts (email) WHERE customer_id IS NULL AND email IS NOT NULL`);
    await q.query(`
      CREATE TABLE email_threads (
        ticket_id uuid PRIMARY KEY REFERENCES tickets (id),
        reply_token text NOT NULL UNIQUE,
        address text NOT NULL CHECK (address = lower(address)),
        locale text NOT NULL CHECK (locale IN ('zh-CN', 'en')),
        created_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE email_messages (
        id uuid PRIMARY KEY,
        direction text NOT NULL CHECK (direction IN ('inbound', 'outbound')),
        kind text NOT NULL,
        ticket_id uuid REFERENCES tickets (id),
        ticket_message_id uuid UNIQUE REFERENCES ticket_messages (id),
        message_id text NOT NULL,
        content_hash text,
        from_address text NOT NULL,
        to_address text NOT NULL,
        subject text NOT NULL,
        in_reply_to text,
        "references" text[] NOT NULL DEFAULT '{}',
        full_text text,
        safe_html text,
        status text NOT NULL,
        note text,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL
      )`);
    // The same message delivered twice (same Message-ID, same content) is stored once.
    await q.query(`CREATE UNIQUE INDEX email_messages_inbound_once ON email_messages (message_id, content_hash) WHERE direction = 'inbound'`);
    await q.query(`CREATE INDEX email_messages_message_id ON email_messages (message_id)`);
    await q.query(`CREATE INDEX email_messages_ticket ON email_messages (ticket_id, created_at)`);
    await q.query(`
      CREATE TABLE email_attachments (
        id uuid PRIMARY KEY,
        email_id uuid NOT NULL REFERENCES email_messages (id),
        filename text NOT NULL,
        content_type text NOT NULL,
        size integer NOT NULL,
        content bytea NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX email_attachments_email ON email_attachments (email_id)`);
    await q.query(`
      CREATE TABLE email_addresses (
        address text PRIMARY KEY CHECK (address = lower(address)),
        bouncing_since timestamptz,
        bounce_reason text,
        last_acknowledged_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE email_addresses`);
    await q.query(`DROP TABLE email_attachments`);
    await q.query(`DROP TABLE email_messages`);
    await q.query(`DROP TABLE email_threads`);
    await q.query(`DROP INDEX contacts_email_only`);
  }
}
