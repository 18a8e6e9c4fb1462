import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The wallet: accounts, a double-entry ledger, transactions, merchants, refunds, KYC,
 * idempotency keys, service incidents and the admin audit trail.
 */
export class Wallet1767312000000 implements MigrationInterface {
  name = 'Wallet1767312000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE customers
        ADD COLUMN kyc_tier text NOT NULL DEFAULT 'unverified' CHECK (kyc_tier IN ('unverified', 'basic', 'full')),
        ADD COLUMN two_factor_enabled boolean NOT NULL DEFAULT false,
        ADD COLUMN frozen_at timestamptz,
        ADD COLUMN frozen_reason text,
        ADD COLUMN failed_login_count integer NOT NULL DEFAULT 0,
        ADD COLUMN locked_until timestamptz`);

    await q.query(`
      CREATE TABLE merchants (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        category text NOT NULL,
        country text NOT NULL,
        status text NOT NULL CHECK (status IN ('active', 'unavailable')),
        created_at timestamptz NOT NULL
      )`);

    // Customer wallets keep their balance beside the entries, updated in the same transaction
    // (and never below zero); system and merchant accounts derive theirs from the entries, so
    // no hot row serializes every payment.
    await q.query(`
      CREATE TABLE accounts (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('customer', 'merchant', 'system')),
        customer_id uuid REFERENCES customers (id),
        merchant_id uuid REFERENCES merchants (id),
        system_code text,
        currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        balance bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL,
        CONSTRAINT accounts_owner CHECK (
          (kind = 'customer' AND customer_id IS NOT NULL AND merchant_id IS NULL AND system_code IS NULL) OR
          (kind = 'merchant' AND merchant_id IS NOT NULL AND customer_id IS NULL AND system_code IS NULL) OR
          (kind = 'system' AND system_code IS NOT NULL AND customer_id IS NULL AND merchant_id IS NULL)),
        CONSTRAINT accounts_customer_balance_not_negative CHECK (kind <> 'customer' OR balance >= 0)
      )`);
    await q.query(`CREATE UNIQUE INDEX accounts_customer_currency_key ON accounts (customer_id, currency) WHERE kind = 'customer'`);
    await q.query(`CREATE UNIQUE INDEX accounts_merchant_currency_key ON accounts (merchant_id, currency) WHERE kind = 'merchant'`);
    await q.query(`CREATE UNIQUE INDEX accounts_system_currency_key ON accounts (system_code, currency) WHERE kind = 'system'`);

    await q.query(`
      CREATE TABLE wallet_transactions (
        id uuid PRIMARY KEY,
        reference text NOT NULL UNIQUE,
        customer_id uuid NOT NULL REFERENCES customers (id),
        type text NOT NULL CHECK (type IN ('topup', 'payment', 'transfer', 'refund', 'adjustment')),
        status text NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
        failure_code text,
        amount bigint NOT NULL CHECK (amount > 0),
        currency text NOT NULL,
        fee bigint NOT NULL DEFAULT 0 CHECK (fee >= 0),
        method text CHECK (method IN ('card', 'bank_transfer')),
        card_masked text,
        merchant_id uuid REFERENCES merchants (id),
        counterparty_customer_id uuid REFERENCES customers (id),
        cross_border boolean NOT NULL DEFAULT false,
        received_amount bigint,
        received_currency text,
        exchange_rate text,
        original_transaction_id uuid REFERENCES wallet_transactions (id),
        device_id text,
        description text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        completed_at timestamptz,
        CONSTRAINT wallet_transactions_failure CHECK ((status = 'failed') = (failure_code IS NOT NULL)),
        CONSTRAINT wallet_transactions_card_masked CHECK (card_masked IS NULL OR card_masked ~ '^[0-9]{6}\\*+[0-9]{4}$')
      )`);
    await q.query(`CREATE INDEX wallet_transactions_customer_idx ON wallet_transactions (customer_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX wallet_transactions_pending_idx ON wallet_transactions (status) WHERE status = 'pending'`);

    await q.query(`
      CREATE TABLE ledger_entries (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        transaction_id uuid NOT NULL REFERENCES wallet_transactions (id),
        account_id uuid NOT NULL REFERENCES accounts (id),
        amount bigint NOT NULL CHECK (amount <> 0),
        currency text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX ledger_entries_transaction_idx ON ledger_entries (transaction_id)`);
    await q.query(`CREATE INDEX ledger_entries_account_idx ON ledger_entries (account_id)`);

    await q.query(`
      CREATE TABLE refund_requests (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customers (id),
        payment_id uuid NOT NULL REFERENCES wallet_transactions (id),
        amount bigint NOT NULL CHECK (amount > 0),
        currency text NOT NULL,
        reason text NOT NULL,
        status text NOT NULL CHECK (status IN ('requested', 'approved', 'rejected', 'completed')),
        rejection_reason text,
        expected_by timestamptz NOT NULL,
        refund_transaction_id uuid REFERENCES wallet_transactions (id),
        created_at timestamptz NOT NULL,
        decided_at timestamptz,
        completed_at timestamptz
      )`);
    await q.query(`CREATE INDEX refund_requests_customer_idx ON refund_requests (customer_id, created_at DESC)`);
    await q.query(`CREATE INDEX refund_requests_payment_idx ON refund_requests (payment_id)`);

    await q.query(`
      CREATE TABLE kyc_submissions (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customers (id),
        target_tier text NOT NULL CHECK (target_tier IN ('basic', 'full')),
        document_type text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
        rejection_reason text,
        submitted_at timestamptz NOT NULL,
        decided_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX kyc_submissions_one_pending ON kyc_submissions (customer_id) WHERE status = 'pending'`);

    await q.query(`
      CREATE TABLE idempotency_keys (
        customer_id uuid NOT NULL,
        key text NOT NULL,
        operation text NOT NULL,
        request_hash text NOT NULL,
        response jsonb,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (customer_id, key)
      )`);

    await q.query(`
      CREATE TABLE known_devices (
        customer_id uuid NOT NULL REFERENCES customers (id),
        device_id text NOT NULL,
        first_seen_at timestamptz NOT NULL,
        PRIMARY KEY (customer_id, device_id)
      )`);

    await q.query(`
      CREATE TABLE service_incidents (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('maintenance', 'incident')),
        affects text[] NOT NULL,
        title_en text NOT NULL,
        title_zh text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz,
        created_at timestamptz NOT NULL,
        CONSTRAINT service_incidents_span CHECK (ends_at IS NULL OR ends_at > starts_at)
      )`);

    await q.query(`
      CREATE TABLE wallet_audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        actor_agent_id uuid NOT NULL,
        action text NOT NULL,
        customer_id uuid REFERENCES customers (id),
        transaction_id uuid REFERENCES wallet_transactions (id),
        details jsonb NOT NULL,
        at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'wallet_audit_log',
      'service_incidents',
      'known_devices',
      'idempotency_keys',
      'kyc_submissions',
      'refund_requests',
      'ledger_entries',
      'wallet_transactions',
      'accounts',
      'merchants',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`
      ALTER TABLE customers
        DROP COLUMN kyc_tier, DROP COLUMN two_factor_enabled, DROP COLUMN frozen_at,
        DROP COLUMN frozen_reason, DROP COLUMN failed_login_count, DROP COLUMN locked_until`);
  }
}
