import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login throttling as counters that one statement checks and bumps (no lock held while a
 * password is verified): a backoff per account, a window per client address, and the addresses
 * an account has signed in from, which skip the account's backoff.
 */
export class LoginBackoff1780000000000 implements MigrationInterface {
  name = 'LoginBackoff1780000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_account_backoffs (
        principal_kind text NOT NULL CHECK (principal_kind IN ('agent', 'customer')),
        account_key text NOT NULL,
        failures integer NOT NULL,
        last_failure_at timestamptz NOT NULL,
        paused_until timestamptz,
        PRIMARY KEY (principal_kind, account_key)
      )`);
    await q.query(`CREATE INDEX login_account_backoffs_last_failure_idx ON login_account_backoffs (last_failure_at)`);
    await q.query(`
      CREATE TABLE login_address_windows (
        client_ip text PRIMARY KEY,
        window_started_at timestamptz NOT NULL,
        attempts integer NOT NULL
      )`);
    await q.query(`CREATE INDEX login_address_windows_started_idx ON login_address_windows (window_started_at)`);
    await q.query(`
      CREATE TABLE login_known_addresses (
        principal_kind text NOT NULL CHECK (principal_kind IN ('agent', 'customer')),
        account_key text NOT NULL,
        client_ip text NOT NULL,
        last_success_at timestamptz NOT NULL,
        PRIMARY KEY (principal_kind, account_key, client_ip)
      )`);
    await q.query(`CREATE INDEX login_known_addresses_last_success_idx ON login_known_addresses (last_success_at)`);
    // The old 15-minute lock is gone; a lock still running would otherwise show in the support view.
    await q.query(`UPDATE customers SET locked_until = NULL WHERE locked_until IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_known_addresses`);
    await q.query(`DROP TABLE login_address_windows`);
    await q.query(`DROP TABLE login_account_backoffs`);
  }
}
