import { MigrationInterface, QueryRunner } from 'typeorm';

/** Business-hours calendars, the two support queues that name them, and phone callbacks. */
export class Routing1767398400000 implements MigrationInterface {
  name = 'Routing1767398400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE business_calendars (
        id uuid PRIMARY KEY,
        name text NOT NULL UNIQUE,
        definition jsonb NOT NULL,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE support_queues (
        kind text PRIMARY KEY CHECK (kind IN ('chat', 'callback')),
        calendar_id uuid NOT NULL REFERENCES business_calendars (id)
      )`);
    // Every installation starts with the support calendar of the contract (Mon–Fri 09:00–18:00
    // Shanghai, closed on 2027-01-01) behind both queues; admins edit it over REST.
    await q.query(`
      INSERT INTO business_calendars (id, name, definition, version, updated_at) VALUES (
        '00000000-0000-4000-8000-00000000ca1e', 'support',
        '{"timeZone":"Asia/Shanghai","weekly":{"mon":[{"start":"09:00","end":"18:00"}],"tue":[{"start":"09:00","end":"18:00"}],"wed":[{"start":"09:00","end":"18:00"}],"thu":[{"start":"09:00","end":"18:00"}],"fri":[{"start":"09:00","end":"18:00"}]},"overrides":[{"kind":"date","date":"2027-01-01","hours":[]}]}',
        1, now())`);
    await q.query(`
      INSERT INTO support_queues (kind, calendar_id) VALUES
        ('chat', '00000000-0000-4000-8000-00000000ca1e'),
        ('callback', '00000000-0000-4000-8000-00000000ca1e')`);

    await q.query(`
      CREATE TABLE callback_requests (
        id uuid PRIMARY KEY,
        customer_id uuid REFERENCES customers (id),
        phone text NOT NULL CHECK (phone ~ '^\\+[1-9][0-9]{6,14}$'),
        time_zone text NOT NULL,
        topic text NOT NULL,
        locale text NOT NULL CHECK (locale IN ('zh-CN', 'en')),
        name text,
        status text NOT NULL CHECK (status IN ('scheduled', 'completed', 'unreachable', 'cancelled', 'expired')),
        priority integer NOT NULL DEFAULT 0,
        attempts integer NOT NULL DEFAULT 0,
        scheduled_for timestamptz NOT NULL,
        -- Queue order is priority, then first arrival: kept across retries and reschedules.
        arrived_at timestamptz NOT NULL,
        last_outcome text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX callback_requests_one_active_per_customer ON callback_requests (customer_id) WHERE status = 'scheduled' AND customer_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX callback_requests_one_active_per_phone ON callback_requests (phone) WHERE status = 'scheduled'`);
    await q.query(`CREATE INDEX callback_requests_work_list ON callback_requests (scheduled_for) WHERE status = 'scheduled'`);

    await q.query(`
      CREATE TABLE callback_attempts (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        callback_id uuid NOT NULL REFERENCES callback_requests (id),
        agent_id uuid NOT NULL REFERENCES agents (id),
        outcome text NOT NULL CHECK (outcome IN ('answered', 'no_answer', 'busy', 'voicemail', 'wrong_number')),
        attempted_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE callback_attempts`);
    await q.query(`DROP TABLE callback_requests`);
    await q.query(`DROP TABLE support_queues`);
    await q.query(`DROP TABLE business_calendars`);
  }
}
