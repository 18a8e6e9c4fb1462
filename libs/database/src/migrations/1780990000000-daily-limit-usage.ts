import { MigrationInterface, QueryRunner } from 'typeorm';
import { MakePaymentFunction1780960000000 } from './1780960000000-make-payment-function';

/**
 * A running total per customer, limit kind, wallet day and currency of what counts toward the daily
 * limits: succeeded and pending payments, transfers and card top-ups (refunds, adjustments and bank
 * top-ups count toward none). Adding up the day's transactions made a payment slower with every
 * payment the customer had made that day; the check is now one short index range read.
 *
 * `day` is the start of the wallet day (midnight Asia/Shanghai) the transaction was created in. A
 * limit check sums the rows with `day >= ` the start of today, exactly the transactions the old sum
 * counted (`created_at >=` the start of today). Writers add to the total in the statement that
 * records the transaction, while holding the wallet lock of its currency, and take it back when a
 * counted transaction stops counting (a cancelled pending transfer).
 */
export class DailyLimitUsage1780990000000 implements MigrationInterface {
  name = 'DailyLimitUsage1780990000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE wallet_daily_usage (
        customer_id uuid NOT NULL REFERENCES customers (id),
        kind text NOT NULL CHECK (kind IN ('payment', 'transfer', 'card_top_up')),
        day timestamptz NOT NULL,
        currency text NOT NULL,
        total bigint NOT NULL CHECK (total >= 0),
        PRIMARY KEY (customer_id, kind, day, currency)
      ) WITH (fillfactor = 70)`);
    // The time zone is the wallet's (libs/wallet-core/src/limits/wallet-day.ts) as of this migration.
    await queryRunner.query(`
      INSERT INTO wallet_daily_usage (customer_id, kind, day, currency, total)
      SELECT customer_id, CASE type WHEN 'topup' THEN 'card_top_up' ELSE type END, date_trunc('day', created_at, 'Asia/Shanghai'), currency, sum(amount)
      FROM wallet_transactions
      WHERE status IN ('succeeded', 'pending') AND (type IN ('payment', 'transfer') OR (type = 'topup' AND method = 'card'))
      GROUP BY 1, 2, 3, 4`);
    // Today's use in CNY: each currency's total converted exactly, rounded up, as the limits count it.
    await queryRunner.query(`
      CREATE FUNCTION wallet_limit_used(p_customer_id uuid, p_kind text, p_day_start timestamptz, p_to_cny jsonb) RETURNS bigint
      LANGUAGE sql STABLE AS $fn$
        SELECT coalesce(sum(div(used.total * (p_to_cny -> used.currency ->> 0)::numeric + (p_to_cny -> used.currency ->> 1)::numeric - 1,
                                (p_to_cny -> used.currency ->> 1)::numeric)), 0)::bigint
        FROM (SELECT u.currency, sum(u.total) AS total FROM wallet_daily_usage u
              WHERE u.customer_id = p_customer_id AND u.kind = p_kind AND u.day >= p_day_start
              GROUP BY u.currency) AS used
      $fn$`);
    await queryRunner.query(`
      CREATE FUNCTION wallet_count_limit_use(p_customer_id uuid, p_kind text, p_day timestamptz, p_currency text, p_amount bigint) RETURNS void
      LANGUAGE sql AS $fn$
        INSERT INTO wallet_daily_usage (customer_id, kind, day, currency, total) VALUES (p_customer_id, p_kind, p_day, p_currency, p_amount)
        ON CONFLICT (customer_id, kind, day, currency) DO UPDATE SET total = wallet_daily_usage.total + EXCLUDED.total
      $fn$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION wallet_make_payment(
        p_customer_id uuid, p_merchant_id uuid, p_amount bigint, p_currency text, p_amount_cny bigint,
        p_limits jsonb, p_to_cny jsonb, p_day_start timestamptz, p_risk_applies boolean, p_device_id text,
        p_home_country text, p_transaction_id uuid, p_reference text, p_merchant_account_id uuid, p_now timestamptz,
        p_key text, p_request_hash text, p_key_expires_at timestamptz,
        OUT earlier_transaction_id uuid, OUT status text, OUT failure_code text, OUT cross_border boolean, OUT description text
      ) LANGUAGE plpgsql AS $fn$
      DECLARE
        v_existing idempotency_keys%ROWTYPE;
        v_merchant merchants%ROWTYPE;
        v_wallet accounts%ROWTYPE;
        v_customer customers%ROWTYPE;
        v_limit jsonb;
        v_used bigint;
        v_merchant_account uuid;
        v_moved int;
      BEGIN
        IF p_key IS NOT NULL THEN
          -- A concurrent repeat waits here on the unique index until the first attempt ends.
          INSERT INTO idempotency_keys (customer_id, key, operation, request_hash, response, created_at, expires_at)
          VALUES (p_customer_id, p_key, 'payment', p_request_hash, NULL, p_now, p_key_expires_at)
          ON CONFLICT (customer_id, key) DO NOTHING;
          IF NOT FOUND THEN
            SELECT * INTO v_existing FROM idempotency_keys WHERE customer_id = p_customer_id AND key = p_key FOR UPDATE;
            IF v_existing.expires_at <= p_now THEN
              UPDATE idempotency_keys SET operation = 'payment', request_hash = p_request_hash, response = NULL, created_at = p_now, expires_at = p_key_expires_at
              WHERE customer_id = p_customer_id AND key = p_key;
            ELSIF v_existing.request_hash <> p_request_hash THEN
              RAISE EXCEPTION 'idempotency_key_reused' USING ERRCODE = 'WL409';
            ELSIF v_existing.response IS NOT NULL THEN
              earlier_transaction_id := (v_existing.response ->> 'transactionId')::uuid;
              RETURN;
            END IF;
          END IF;
        END IF;

        SELECT * INTO v_merchant FROM merchants WHERE id = p_merchant_id;
        IF NOT FOUND THEN RAISE EXCEPTION 'merchant_not_found' USING ERRCODE = 'WL404'; END IF;
        -- Every movement of this wallet queues here, so the checks below see a settled balance.
        SELECT * INTO v_wallet FROM accounts WHERE kind = 'customer' AND customer_id = p_customer_id AND currency = p_currency FOR UPDATE;
        IF NOT FOUND THEN RAISE EXCEPTION 'account_not_found' USING ERRCODE = 'WL404'; END IF;
        SELECT * INTO STRICT v_customer FROM customers WHERE id = p_customer_id;

        v_limit := p_limits -> v_customer.kyc_tier;
        IF v_customer.frozen_at IS NOT NULL THEN
          failure_code := 'account_frozen';
        ELSIF v_merchant.status <> 'active' THEN
          failure_code := 'merchant_unavailable';
        ELSIF p_amount_cny > (v_limit ->> 'single')::bigint THEN
          failure_code := 'limit_exceeded';
        END IF;
        IF failure_code IS NULL THEN
          v_used := wallet_limit_used(p_customer_id, 'payment', p_day_start, p_to_cny);
          IF p_amount_cny > greatest((v_limit ->> 'daily')::bigint - v_used, 0) THEN
            failure_code := 'limit_exceeded';
          ELSIF p_risk_applies AND (
            (p_device_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM known_devices d WHERE d.customer_id = p_customer_id AND d.device_id = p_device_id))
            OR NOT EXISTS (SELECT 1 FROM wallet_transactions t WHERE t.customer_id = p_customer_id AND t.merchant_id = p_merchant_id AND t.status = 'succeeded')
          ) THEN
            failure_code := 'risk_review';
          ELSIF v_wallet.balance < p_amount THEN
            failure_code := 'insufficient_funds';
          END IF;
        END IF;

        status := CASE WHEN failure_code IS NULL THEN 'succeeded' ELSE 'failed' END;
        cross_border := v_merchant.country <> p_home_country;
        description := v_merchant.name;
        INSERT INTO wallet_transactions (id, reference, customer_id, type, status, failure_code, amount, currency, fee, merchant_id,
                                         cross_border, device_id, description, created_at, updated_at, completed_at)
        VALUES (p_transaction_id, p_reference, p_customer_id, 'payment', status, failure_code, p_amount, p_currency, 0, p_merchant_id,
                cross_border, p_device_id, description, p_now, p_now, p_now);

        IF failure_code IS NULL THEN
          SELECT id INTO v_merchant_account FROM accounts WHERE kind = 'merchant' AND merchant_id = p_merchant_id AND currency = p_currency;
          IF NOT FOUND THEN
            -- Opened on first use; a concurrent opener waits on the unique index, then its row is read.
            INSERT INTO accounts (id, kind, customer_id, merchant_id, system_code, currency, balance, created_at)
            VALUES (p_merchant_account_id, 'merchant', NULL, p_merchant_id, NULL, p_currency, 0, p_now)
            ON CONFLICT (merchant_id, currency) WHERE kind = 'merchant' DO NOTHING
            RETURNING id INTO v_merchant_account;
            IF v_merchant_account IS NULL THEN
              SELECT id INTO STRICT v_merchant_account FROM accounts WHERE kind = 'merchant' AND merchant_id = p_merchant_id AND currency = p_currency;
            END IF;
          END IF;
          INSERT INTO ledger_entries (transaction_id, account_id, amount, currency, created_at)
          VALUES (p_transaction_id, v_wallet.id, -p_amount, p_currency, p_now), (p_transaction_id, v_merchant_account, p_amount, p_currency, p_now);
          UPDATE accounts SET balance = balance - p_amount WHERE id = v_wallet.id AND balance - p_amount >= 0;
          GET DIAGNOSTICS v_moved = ROW_COUNT;
          IF v_moved <> 1 THEN RAISE EXCEPTION 'posting would overdraw customer wallet %', v_wallet.id; END IF;
          PERFORM wallet_count_limit_use(p_customer_id, 'payment', p_day_start, p_currency, p_amount);
          IF p_device_id IS NOT NULL THEN
            INSERT INTO known_devices (customer_id, device_id, first_seen_at) VALUES (p_customer_id, p_device_id, p_now) ON CONFLICT DO NOTHING;
          END IF;
        END IF;

        IF p_key IS NOT NULL THEN
          UPDATE idempotency_keys SET response = jsonb_build_object('transactionId', p_transaction_id) WHERE customer_id = p_customer_id AND key = p_key;
        END IF;
      END
      $fn$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION wallet_make_payment`);
    await new MakePaymentFunction1780960000000().up(queryRunner);
    await queryRunner.query(`DROP FUNCTION wallet_count_limit_use`);
    await queryRunner.query(`DROP FUNCTION wallet_limit_used`);
    await queryRunner.query(`DROP TABLE wallet_daily_usage`);
  }
}
