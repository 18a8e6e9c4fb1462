import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The admin console: an append-only trail of every admin change (who, what, when, before and
 * after), and SLA targets per priority as data an admin edits, seeded with the targets the code
 * held until now.
 */
export class AdminConsole1780930000000 implements MigrationInterface {
  name = 'AdminConsole1780930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE admin_audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        actor_agent_id uuid NOT NULL REFERENCES agents (id),
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        before jsonb,
        after jsonb,
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX admin_audit_log_subject ON admin_audit_log (subject_type, subject_id, id)`);
    await q.query(`
      CREATE FUNCTION admin_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'admin_audit_log is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER admin_audit_log_no_rewrite BEFORE UPDATE OR DELETE ON admin_audit_log
      FOR EACH ROW EXECUTE FUNCTION admin_audit_log_append_only()`);

    await q.query(`
      CREATE TABLE sla_targets (
        priority text PRIMARY KEY CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
        first_response_minutes integer NOT NULL CHECK (first_response_minutes > 0),
        resolution_minutes integer NOT NULL CHECK (resolution_minutes > 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT sla_targets_order CHECK (resolution_minutes >= first_response_minutes)
      )`);
    await q.query(`
      INSERT INTO sla_targets (priority, first_response_minutes, resolution_minutes) VALUES
        ('urgent', 60, 240), ('high', 120, 480), ('normal', 240, 1440), ('low', 480, 2400)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sla_targets`);
    await q.query(`DROP TABLE admin_audit_log`);
    await q.query(`DROP FUNCTION admin_audit_log_append_only`);
  }
}
