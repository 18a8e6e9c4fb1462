import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Transfers and top-ups in one round trip each, as payments are (`wallet_make_payment`):
 * `wallet_send_transfer` and `wallet_top_up` claim the Idempotency-Key, lock the wallets, check the
 * refusals in the order support explains them, record the transaction either way and, for an
 * accepted one, count it toward its daily limit, post the ledger entries and move the balances.
 * A pending one (a cross-border transfer, a bank top-up) needs its settlement job in the same
 * transaction, which the caller enqueues after the call, before it commits.
 *
 * The numbers stay in TypeScript and come in as arguments (the quote, the tier limits, the rates to
 * CNY, the start of the wallet day, the tiers that may send abroad, whether the risk rules apply).
 * Each statement of a plpgsql function takes a fresh snapshot under READ COMMITTED, so what is read
 * after the wallet locks is what every earlier lock holder committed. Domain errors are raised with
 * SQLSTATE class `WL` and the wallet error code as the message.
 */
export class TransferAndTopUpFunctions1780991000000 implements MigrationInterface {
  name = 'TransferAndTopUpFunctions1780991000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A concurrent repeat waits on the unique index until the first attempt ends. Returns the earlier
    // attempt's transaction when there is one to answer with, otherwise NULL: this attempt runs.
    await queryRunner.query(`
      CREATE FUNCTION wallet_claim_key(p_customer_id uuid, p_key text, p_operation text, p_request_hash text, p_now timestamptz, p_expires_at timestamptz)
      RETURNS uuid LANGUAGE plpgsql AS $fn$
      DECLARE
        v_existing idempotency_keys%ROWTYPE;
      BEGIN
        INSERT INTO idempotency_keys (customer_id, key, operation, request_hash, response, created_at, expires_at)
        VALUES (p_customer_id, p_key, p_operation, p_request_hash, NULL, p_now, p_expires_at)
        ON CONFLICT (customer_id, key) DO NOTHING;
        IF FOUND THEN RETURN NULL; END IF;
        SELECT * INTO v_existing FROM idempotency_keys WHERE customer_id = p_customer_id AND key = p_key FOR UPDATE;
        IF v_existing.expires_at <= p_now THEN
          UPDATE idempotency_keys SET operation = p_operation, request_hash = p_request_hash, response = NULL, created_at = p_now, expires_at = p_expires_at
          WHERE customer_id = p_customer_id AND key = p_key;
          RETURN NULL;
        END IF;
        IF v_existing.request_hash <> p_request_hash THEN RAISE EXCEPTION 'idempotency_key_reused' USING ERRCODE = 'WL409'; END IF;
        RETURN (v_existing.response ->> 'transactionId')::uuid;
      END
      $fn$`);
    // Opened on first use; a concurrent opener waits on the unique index, then its row is read.
    await queryRunner.query(`
      CREATE FUNCTION wallet_system_account(p_code text, p_currency text, p_now timestamptz) RETURNS uuid LANGUAGE plpgsql AS $fn$
      DECLARE
        v_id uuid;
      BEGIN
        SELECT id INTO v_id FROM accounts WHERE kind = 'system' AND system_code = p_code AND currency = p_currency;
        IF FOUND THEN RETURN v_id; END IF;
        INSERT INTO accounts (id, kind, customer_id, merchant_id, system_code, currency, balance, created_at)
        VALUES (gen_random_uuid(), 'system', NULL, NULL, p_code, p_currency, 0, p_now)
        ON CONFLICT (system_code, currency) WHERE kind = 'system' DO NOTHING
        RETURNING id INTO v_id;
        IF v_id IS NULL THEN
          SELECT id INTO STRICT v_id FROM accounts WHERE kind = 'system' AND system_code = p_code AND currency = p_currency;
        END IF;
        RETURN v_id;
      END
      $fn$`);
    await queryRunner.query(`
      CREATE FUNCTION wallet_top_up(
        p_customer_id uuid, p_amount bigint, p_currency text, p_method text, p_fee bigint, p_card_masked text, p_card_failure text,
        p_amount_cny bigint, p_limits jsonb, p_to_cny jsonb, p_day_start timestamptz,
        p_transaction_id uuid, p_reference text, p_now timestamptz, p_key text, p_request_hash text, p_key_expires_at timestamptz,
        OUT earlier_transaction_id uuid, OUT status text, OUT failure_code text
      ) LANGUAGE plpgsql AS $fn$
      DECLARE
        v_wallet accounts%ROWTYPE;
        v_limit jsonb;
      BEGIN
        IF p_key IS NOT NULL THEN
          earlier_transaction_id := wallet_claim_key(p_customer_id, p_key, 'topup', p_request_hash, p_now, p_key_expires_at);
          IF earlier_transaction_id IS NOT NULL THEN RETURN; END IF;
        END IF;

        SELECT * INTO v_wallet FROM accounts WHERE kind = 'customer' AND customer_id = p_customer_id AND currency = p_currency FOR UPDATE;
        IF NOT FOUND THEN RAISE EXCEPTION 'account_not_found' USING ERRCODE = 'WL404'; END IF;
        -- A bank transfer is decided by the bank's settlement; a card at once, by the card network, then the limits.
        IF p_method = 'card' THEN
          failure_code := p_card_failure;
          IF failure_code IS NULL THEN
            SELECT p_limits -> kyc_tier INTO STRICT v_limit FROM customers WHERE id = p_customer_id;
            IF p_amount_cny > (v_limit ->> 'single')::bigint
               OR p_amount_cny > greatest((v_limit ->> 'daily')::bigint - wallet_limit_used(p_customer_id, 'card_top_up', p_day_start, p_to_cny), 0) THEN
              failure_code := 'limit_exceeded';
            END IF;
          END IF;
        END IF;

        status := CASE WHEN failure_code IS NOT NULL THEN 'failed' WHEN p_method = 'card' THEN 'succeeded' ELSE 'pending' END;
        INSERT INTO wallet_transactions (id, reference, customer_id, type, status, failure_code, amount, currency, fee, method, card_masked,
                                         cross_border, created_at, updated_at, completed_at)
        VALUES (p_transaction_id, p_reference, p_customer_id, 'topup', status, failure_code, p_amount, p_currency, p_fee, p_method, p_card_masked,
                false, p_now, p_now, CASE WHEN status = 'pending' THEN NULL ELSE p_now END);

        IF status = 'succeeded' THEN
          PERFORM wallet_count_limit_use(p_customer_id, 'card_top_up', p_day_start, p_currency, p_amount);
          INSERT INTO ledger_entries (transaction_id, account_id, amount, currency, created_at)
          SELECT p_transaction_id, leg.account_id, leg.amount, p_currency, p_now
          FROM (VALUES (wallet_system_account('external:card', p_currency, p_now), -(p_amount + p_fee)),
                       (v_wallet.id, p_amount),
                       (wallet_system_account('fees', p_currency, p_now), p_fee)) AS leg (account_id, amount)
          WHERE leg.amount <> 0;
          UPDATE accounts SET balance = balance + p_amount WHERE id = v_wallet.id;
        END IF;

        IF p_key IS NOT NULL THEN
          UPDATE idempotency_keys SET response = jsonb_build_object('transactionId', p_transaction_id) WHERE customer_id = p_customer_id AND key = p_key;
        END IF;
      END
      $fn$`);
    await queryRunner.query(`
      CREATE FUNCTION wallet_send_transfer(
        p_customer_id uuid, p_recipient_email text, p_amount bigint, p_currency text, p_to_currency text, p_cross_border boolean,
        p_fee bigint, p_received_amount bigint, p_exchange_rate text,
        p_amount_cny bigint, p_limits jsonb, p_to_cny jsonb, p_day_start timestamptz, p_cross_border_tiers text[], p_risk_applies boolean, p_device_id text,
        p_transaction_id uuid, p_reference text, p_now timestamptz, p_key text, p_request_hash text, p_key_expires_at timestamptz,
        OUT earlier_transaction_id uuid, OUT status text, OUT failure_code text, OUT recipient_id uuid, OUT description text
      ) LANGUAGE plpgsql AS $fn$
      DECLARE
        v_recipient customers%ROWTYPE;
        v_sender customers%ROWTYPE;
        v_locked accounts%ROWTYPE;
        v_wallet accounts%ROWTYPE;
        v_recipient_wallet accounts%ROWTYPE;
        v_limit jsonb;
        v_accounts uuid[];
        v_amounts bigint[];
        v_currencies text[];
        v_moved int;
      BEGIN
        IF p_key IS NOT NULL THEN
          earlier_transaction_id := wallet_claim_key(p_customer_id, p_key, 'transfer', p_request_hash, p_now, p_key_expires_at);
          IF earlier_transaction_id IS NOT NULL THEN RETURN; END IF;
        END IF;

        SELECT * INTO v_recipient FROM customers WHERE email = p_recipient_email;
        IF NOT FOUND THEN RAISE EXCEPTION 'recipient_not_found' USING ERRCODE = 'WL404'; END IF;
        IF v_recipient.id = p_customer_id THEN RAISE EXCEPTION 'self_transfer' USING ERRCODE = 'WL422'; END IF;
        -- Both wallets in account-id order, as AccountDirectory.lockWallets: opposite transfers queue instead of deadlocking.
        FOR v_locked IN
          SELECT * FROM accounts
          WHERE kind = 'customer' AND ((customer_id = p_customer_id AND currency = p_currency) OR (customer_id = v_recipient.id AND currency = p_to_currency))
          ORDER BY id FOR UPDATE
        LOOP
          IF v_locked.customer_id = p_customer_id THEN v_wallet := v_locked; ELSE v_recipient_wallet := v_locked; END IF;
        END LOOP;
        IF v_wallet.id IS NULL OR v_recipient_wallet.id IS NULL THEN RAISE EXCEPTION 'account_not_found' USING ERRCODE = 'WL404'; END IF;
        SELECT * INTO STRICT v_sender FROM customers WHERE id = p_customer_id;

        v_limit := p_limits -> v_sender.kyc_tier;
        IF v_sender.frozen_at IS NOT NULL THEN
          failure_code := 'account_frozen';
        ELSIF v_recipient.frozen_at IS NOT NULL THEN
          failure_code := 'recipient_unavailable';
        ELSIF p_cross_border AND NOT (v_sender.kyc_tier = ANY (p_cross_border_tiers)) THEN
          failure_code := 'verification_required';
        ELSIF p_amount_cny > (v_limit ->> 'single')::bigint
              OR p_amount_cny > greatest((v_limit ->> 'daily')::bigint - wallet_limit_used(p_customer_id, 'transfer', p_day_start, p_to_cny), 0) THEN
          failure_code := 'limit_exceeded';
        ELSIF p_risk_applies AND (
          (p_device_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM known_devices d WHERE d.customer_id = p_customer_id AND d.device_id = p_device_id))
          OR NOT EXISTS (SELECT 1 FROM wallet_transactions t WHERE t.customer_id = p_customer_id AND t.counterparty_customer_id = v_recipient.id AND t.status = 'succeeded')
        ) THEN
          failure_code := 'risk_review';
        ELSIF v_wallet.balance < p_amount + p_fee THEN
          failure_code := 'insufficient_funds';
        END IF;

        status := CASE WHEN failure_code IS NOT NULL THEN 'failed' WHEN p_cross_border THEN 'pending' ELSE 'succeeded' END;
        recipient_id := v_recipient.id;
        description := v_recipient.name;
        INSERT INTO wallet_transactions (id, reference, customer_id, type, status, failure_code, amount, currency, fee, counterparty_customer_id,
                                         cross_border, received_amount, received_currency, exchange_rate, device_id, description,
                                         created_at, updated_at, completed_at)
        VALUES (p_transaction_id, p_reference, p_customer_id, 'transfer', status, failure_code, p_amount, p_currency, p_fee, v_recipient.id,
                p_cross_border, p_received_amount, p_to_currency, p_exchange_rate, p_device_id, description,
                p_now, p_now, CASE WHEN status = 'pending' THEN NULL ELSE p_now END);

        IF failure_code IS NULL THEN
          PERFORM wallet_count_limit_use(p_customer_id, 'transfer', p_day_start, p_currency, p_amount);
          v_accounts := ARRAY[v_wallet.id, wallet_system_account('fees', p_currency, p_now)];
          v_amounts := ARRAY[-(p_amount + p_fee), p_fee];
          v_currencies := ARRAY[p_currency, p_currency];
          IF p_cross_border THEN
            -- Held in clearing until the partner network settles; the settlement job delivers it.
            v_accounts := v_accounts || wallet_system_account('external:cross-border', p_currency, p_now);
            v_amounts := v_amounts || p_amount;
            v_currencies := v_currencies || p_currency;
          ELSIF p_currency = p_to_currency THEN
            v_accounts := v_accounts || v_recipient_wallet.id;
            v_amounts := v_amounts || p_amount;
            v_currencies := v_currencies || p_currency;
          ELSE
            -- Through the FX account, so each currency balances on its own.
            v_accounts := v_accounts || ARRAY[wallet_system_account('fx', p_currency, p_now), wallet_system_account('fx', p_to_currency, p_now), v_recipient_wallet.id];
            v_amounts := v_amounts || ARRAY[p_amount, -p_received_amount, p_received_amount];
            v_currencies := v_currencies || ARRAY[p_currency, p_to_currency, p_to_currency];
          END IF;
          INSERT INTO ledger_entries (transaction_id, account_id, amount, currency, created_at)
          SELECT p_transaction_id, leg.account_id, leg.amount, leg.currency, p_now
          FROM unnest(v_accounts, v_amounts, v_currencies) AS leg (account_id, amount, currency)
          WHERE leg.amount <> 0;
          UPDATE accounts SET balance = balance - (p_amount + p_fee) WHERE id = v_wallet.id AND balance - (p_amount + p_fee) >= 0;
          GET DIAGNOSTICS v_moved = ROW_COUNT;
          IF v_moved <> 1 THEN RAISE EXCEPTION 'posting would overdraw customer wallet %', v_wallet.id; END IF;
          IF NOT p_cross_border THEN
            UPDATE accounts SET balance = balance + CASE WHEN p_currency = p_to_currency THEN p_amount ELSE p_received_amount END WHERE id = v_recipient_wallet.id;
          END IF;
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
    await queryRunner.query(`DROP FUNCTION wallet_send_transfer`);
    await queryRunner.query(`DROP FUNCTION wallet_top_up`);
    await queryRunner.query(`DROP FUNCTION wallet_system_account`);
    await queryRunner.query(`DROP FUNCTION wallet_claim_key`);
  }
}
