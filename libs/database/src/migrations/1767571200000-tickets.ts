import { MigrationInterface, QueryRunner } from 'typeorm';

/** Contacts, tickets, their messages (internal notes included) and an append-only audit trail. */
export class Tickets1767571200000 implements MigrationInterface {
  name = 'Tickets1767571200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contacts (
        id uuid PRIMARY KEY,
        customer_id uuid UNIQUE REFERENCES customers (id),
        email text,
        phone text,
        name text,
        created_at timestamptz NOT NULL
      )`);

    await q.query(`CREATE SEQUENCE ticket_numbers START 10001`);
    await q.query(`
      CREATE TABLE tickets (
        id uuid PRIMARY KEY,
        number bigint NOT NULL UNIQUE DEFAULT nextval('ticket_numbers'),
        subject text NOT NULL,
        status text NOT NULL CHECK (status IN ('new', 'open', 'pending', 'on_hold', 'solved', 'closed')),
        priority text NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
        category text,
        tags text[] NOT NULL DEFAULT '{}',
        channel text NOT NULL CHECK (channel IN ('web', 'chat', 'email', 'phone', 'bot')),
        language text CHECK (language IN ('zh-CN', 'en')),
        group_name text,
        assignee_agent_id uuid REFERENCES agents (id),
        contact_id uuid NOT NULL REFERENCES contacts (id),
        customer_id uuid REFERENCES customers (id),
        transaction_refs text[] NOT NULL DEFAULT '{}',
        follow_up_of uuid REFERENCES tickets (id),
        merged_into uuid REFERENCES tickets (id),
        sla_pauses jsonb NOT NULL DEFAULT '[]',
        first_response_due_at timestamptz,
        resolution_due_at timestamptz,
        first_responded_at timestamptz,
        solved_at timestamptz,
        closed_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX tickets_inbox ON tickets (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX tickets_status ON tickets (status, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX tickets_assignee ON tickets (assignee_agent_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX tickets_customer ON tickets (customer_id, created_at DESC)`);
    await q.query(`CREATE INDEX tickets_unassigned ON tickets (created_at) WHERE assignee_agent_id IS NULL AND status IN ('new', 'open')`);
    await q.query(`CREATE INDEX tickets_transaction_refs ON tickets USING gin (transaction_refs)`);

    await q.query(`
      CREATE TABLE ticket_satisfaction (
        ticket_id uuid PRIMARY KEY REFERENCES tickets (id),
        score integer NOT NULL CHECK (score BETWEEN 1 AND 5),
        comment text,
        created_at timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE ticket_messages (
        id uuid PRIMARY KEY,
        -- Orders messages exactly as they were stored, even within one millisecond.
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        ticket_id uuid NOT NULL REFERENCES tickets (id),
        author_type text NOT NULL CHECK (author_type IN ('customer', 'agent', 'bot', 'system')),
        author_id uuid,
        body text NOT NULL,
        internal boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL,
        CONSTRAINT ticket_messages_notes_by_agents CHECK (NOT internal OR author_type = 'agent')
      )`);
    await q.query(`CREATE INDEX ticket_messages_ticket ON ticket_messages (ticket_id, seq)`);

    // Substring search that works for Chinese as well as English: trigram indexes answer
    // ILIKE '%…%' without word segmentation (needs pg_trgm, part of PostgreSQL's contrib).
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE INDEX tickets_subject_trgm ON tickets USING gin (subject gin_trgm_ops)`);
    await q.query(`CREATE INDEX ticket_messages_body_trgm ON ticket_messages USING gin (body gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE agent_notifications (
        id uuid PRIMARY KEY,
        agent_id uuid NOT NULL REFERENCES agents (id),
        kind text NOT NULL,
        ticket_id uuid REFERENCES tickets (id),
        details jsonb NOT NULL,
        dedupe_key text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX agent_notifications_inbox ON agent_notifications (agent_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE canned_responses (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        locale text NOT NULL CHECK (locale IN ('zh-CN', 'en')),
        body text NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (name, locale)
      )`);
    await q.query(`
      CREATE TABLE macros (
        id uuid PRIMARY KEY,
        name text NOT NULL UNIQUE,
        actions jsonb NOT NULL,
        created_at timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE ticket_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        ticket_id uuid NOT NULL REFERENCES tickets (id),
        actor_type text NOT NULL CHECK (actor_type IN ('customer', 'agent', 'system')),
        actor_id uuid,
        action text NOT NULL,
        changes jsonb NOT NULL,
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, id)`);
    // The audit trail is append-only: not even the application may rewrite it.
    await q.query(`
      CREATE FUNCTION ticket_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'ticket_events is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER ticket_events_no_rewrite BEFORE UPDATE OR DELETE ON ticket_events
      FOR EACH ROW EXECUTE FUNCTION ticket_events_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ticket_events`);
    await q.query(`DROP FUNCTION ticket_events_append_only`);
    await q.query(`DROP TABLE agent_notifications`);
    await q.query(`DROP TABLE macros`);
    await q.query(`DROP TABLE canned_responses`);
    await q.query(`DROP TABLE ticket_satisfaction`);
    await q.query(`DROP TABLE ticket_messages`);
    await q.query(`DROP TABLE tickets`);
    await q.query(`DROP SEQUENCE ticket_numbers`);
    await q.query(`DROP TABLE contacts`);
  }
}
