import { MigrationInterface, QueryRunner } from 'typeorm';

/** Agents, wallet customers and their credentials, login attempts, widget visitors, seed markers. */
export class Identity1767225600000 implements MigrationInterface {
  name = 'Identity1767225600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agents (
        id uuid PRIMARY KEY,
        email text NOT NULL,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'supervisor', 'agent')),
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL,
        CONSTRAINT agents_email_lowercase CHECK (email = lower(email))
      )`);
    await q.query(`CREATE UNIQUE INDEX agents_email_key ON agents (email)`);

    await q.query(`
      CREATE TABLE customers (
        id uuid PRIMARY KEY,
        email text NOT NULL,
        name text NOT NULL,
        locale text NOT NULL CHECK (locale IN ('zh-CN', 'en')),
        phone text,
        created_at timestamptz NOT NULL,
        CONSTRAINT customers_email_lowercase CHECK (email = lower(email))
      )`);
    await q.query(`CREATE UNIQUE INDEX customers_email_key ON customers (email)`);

    await q.query(`
      CREATE TABLE customer_credentials (
        customer_id uuid PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
        password_hash text NOT NULL,
        updated_at timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE login_attempts (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        principal_kind text NOT NULL CHECK (principal_kind IN ('agent', 'customer')),
        account_key text NOT NULL,
        client_ip text NOT NULL,
        succeeded boolean NOT NULL,
        attempted_at timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE INDEX login_attempts_account_idx ON login_attempts (principal_kind, account_key, attempted_at) WHERE NOT succeeded`,
    );
    await q.query(`CREATE INDEX login_attempts_ip_idx ON login_attempts (client_ip, attempted_at) WHERE NOT succeeded`);

    await q.query(`
      CREATE TABLE visitor_sessions (
        id uuid PRIMARY KEY,
        conversation_id uuid NOT NULL UNIQUE,
        locale text NOT NULL CHECK (locale IN ('zh-CN', 'en')),
        created_at timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE seed_runs (
        name text PRIMARY KEY,
        applied_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE seed_runs`);
    await q.query(`DROP TABLE visitor_sessions`);
    await q.query(`DROP TABLE login_attempts`);
    await q.query(`DROP TABLE customer_credentials`);
    await q.query(`DROP TABLE customers`);
    await q.query(`DROP TABLE agents`);
  }
}
