import { MigrationInterface, QueryRunner } from 'typeorm';

/** Agents' routing profiles (presence, capacity, skills) and the chat queue. */
export class ChatRouting1767484800000 implements MigrationInterface {
  name = 'ChatRouting1767484800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agent_routing_profiles (
        agent_id uuid PRIMARY KEY REFERENCES agents (id),
        presence text NOT NULL DEFAULT 'offline' CHECK (presence IN ('online', 'away', 'offline')),
        last_heartbeat_at timestamptz,
        chat_capacity integer NOT NULL DEFAULT 3 CHECK (chat_capacity BETWEEN 1 AND 10),
        -- Chats offered to or owned by the agent, kept on this row so the capacity check and the
        -- offer happen under the same row lock (a count over the queue could miss a concurrent offer).
        active_chats integer NOT NULL DEFAULT 0 CHECK (active_chats >= 0),
        phone_capacity integer NOT NULL DEFAULT 1 CHECK (phone_capacity = 1),
        -- Open tickets an agent is given automatically.
        ticket_capacity integer NOT NULL DEFAULT 20 CHECK (ticket_capacity BETWEEN 1 AND 200),
        languages text[] NOT NULL DEFAULT '{zh-CN,en}',
        topics text[] NOT NULL DEFAULT '{}',
        -- When the agent last had nothing to do (or came online): longest idle gets the next chat.
        idle_since timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE chat_queue_entries (
        id uuid PRIMARY KEY,
        conversation_id uuid NOT NULL,
        customer_id uuid REFERENCES customers (id),
        language text NOT NULL CHECK (language IN ('zh-CN', 'en')),
        topic text,
        priority integer NOT NULL DEFAULT 0,
        -- Original arrival: kept across offers, timeouts, transfers and requeues.
        arrived_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('waiting', 'offered', 'assigned', 'abandoned', 'closed', 'converted')),
        -- A chat that became a phone callback points at it.
        callback_id uuid REFERENCES callback_requests (id),
        offered_agent_id uuid REFERENCES agents (id),
        offer_expires_at timestamptz,
        -- The agent who last let an offer lapse or dropped it: not offered straight back, only
        -- after passed_over_until (so a one-agent team is not stuck forever).
        passed_over_agent_id uuid REFERENCES agents (id),
        passed_over_until timestamptz,
        assigned_agent_id uuid REFERENCES agents (id),
        assigned_at timestamptz,
        closed_at timestamptz,
        disconnected_at timestamptz,
        updated_at timestamptz NOT NULL,
        CONSTRAINT chat_queue_offer CHECK ((status = 'offered') = (offered_agent_id IS NOT NULL AND offer_expires_at IS NOT NULL)),
        CONSTRAINT chat_queue_assignment CHECK (status <> 'assigned' OR assigned_agent_id IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX chat_queue_one_open_entry_per_conversation ON chat_queue_entries (conversation_id) WHERE status IN ('waiting', 'offered', 'assigned')`);
    await q.query(`CREATE INDEX chat_queue_waiting_order ON chat_queue_entries (priority DESC, arrived_at) WHERE status = 'waiting'`);
    await q.query(`CREATE INDEX chat_queue_agent_load ON chat_queue_entries (assigned_agent_id) WHERE status = 'assigned'`);
    await q.query(`CREATE INDEX chat_queue_offered_agent ON chat_queue_entries (offered_agent_id) WHERE status = 'offered'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE chat_queue_entries`);
    await q.query(`DROP TABLE agent_routing_profiles`);
  }
}
