import { MigrationInterface, QueryRunner } from 'typeorm';

/** Live-chat conversations, their messages (seq-ordered, idempotent by client id) and attachments. */
export class Conversations1767657600000 implements MigrationInterface {
  name = 'Conversations1767657600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE conversations (
        id uuid PRIMARY KEY,
        -- Exactly one of the two: a wallet customer, or an anonymous widget visitor.
        customer_id uuid REFERENCES customers (id),
        visitor_id uuid REFERENCES visitor_sessions (id),
        locale text NOT NULL CHECK (locale IN ('zh-CN', 'en')),
        status text NOT NULL CHECK (status IN ('open', 'closed')),
        -- The row is locked to take the next seq, so seq order is commit order per conversation.
        last_seq integer NOT NULL DEFAULT 0,
        customer_read_seq integer NOT NULL DEFAULT 0,
        agent_read_seq integer NOT NULL DEFAULT 0,
        -- When the chat queue last turned it away: the leave-a-message offer is made once per refusal.
        handoff_refused_at timestamptz,
        ticket_id uuid REFERENCES tickets (id),
        csat_score integer CHECK (csat_score BETWEEN 1 AND 5),
        csat_comment text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        closed_at timestamptz,
        CONSTRAINT conversations_one_owner CHECK ((customer_id IS NULL) <> (visitor_id IS NULL))
      )`);
    await q.query(`CREATE INDEX conversations_customer ON conversations (customer_id, created_at DESC) WHERE customer_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE chat_attachments (
        id uuid PRIMARY KEY,
        conversation_id uuid NOT NULL REFERENCES conversations (id),
        uploader_type text NOT NULL CHECK (uploader_type IN ('customer', 'agent')),
        uploader_id uuid NOT NULL,
        file_name text NOT NULL,
        -- Decided from the content's magic bytes, never from what the client said.
        content_type text NOT NULL,
        size integer NOT NULL CHECK (size > 0 AND size <= 10485760),
        data bytea NOT NULL,
        created_at timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE conversation_messages (
        id uuid PRIMARY KEY,
        conversation_id uuid NOT NULL REFERENCES conversations (id),
        seq integer NOT NULL,
        author_type text NOT NULL CHECK (author_type IN ('customer', 'agent', 'bot', 'system')),
        -- The customer, visitor session or agent; null for bot and system.
        author_id uuid,
        author_name text,
        client_id text,
        -- Card numbers and one-time codes are masked before this is stored.
        body text NOT NULL,
        internal boolean NOT NULL DEFAULT false,
        attachment_id uuid REFERENCES chat_attachments (id),
        quick_replies jsonb,
        created_at timestamptz NOT NULL,
        CONSTRAINT conversation_messages_seq UNIQUE (conversation_id, seq),
        CONSTRAINT conversation_messages_notes_by_agents CHECK (NOT internal OR author_type = 'agent')
      )`);
    await q.query(`
      CREATE UNIQUE INDEX conversation_messages_client_id
      ON conversation_messages (conversation_id, author_type, author_id, client_id) WHERE client_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE conversation_messages`);
    await q.query(`DROP TABLE chat_attachments`);
    await q.query(`DROP TABLE conversations`);
  }
}
