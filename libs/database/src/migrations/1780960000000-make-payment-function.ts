import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A payment in one round trip: `wallet_make_payment` claims the Idempotency-Key, locks the
 * customer's wallet, checks the refusals in the order support explains them (frozen account, closed
 * merchant, limits, risk rules, funds), records the transaction either way and, for an accepted one,
 * posts the ledger entries, moves the balance and remembers the device, all in the caller's
 * statement (its own transaction when called alone).
 *
 * The numbers stay in TypeScript and come in as arguments (the tier limits, the rates to CNY, the
 * start of the wallet day, whether the risk rules apply), so they are still written in one place.
 * Each statement of a plpgsql function takes a fresh snapshot under READ COMMITTED, so today's usage
 * is read after the wallet lock and sees every payment that held the lock before.
 * Domain errors are raised with SQLSTATE class `WL` and the wallet error code as the message.
 */
export class MakePaymentFunction1780960000000 implements MigrationInterface {
  name = 'MakePaymentFunction1780960000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION wallet_make_payment(
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
          -- Today's use in CNY: each currency's total converted exactly, rounded up, as the limits count it.
          SELECT coalesce(sum(div(used.total * (p_to_cny -> used.currency ->> 0)::numeric + (p_to_cny -> used.currency ->> 1)::numeric - 1,
                                  (p_to_cny -> used.currency ->> 1)::numeric)), 0)::bigint
          INTO v_used
          FROM (SELECT t.currency, sum(t.amount) AS total FROM wallet_transactions t
                WHERE t.customer_id = p_customer_id AND t.type = 'payment' AND t.status IN ('succeeded', 'pending') AND t.created_at >= p_day_start
                GROUP BY t.currency) AS used;
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
  }
}
