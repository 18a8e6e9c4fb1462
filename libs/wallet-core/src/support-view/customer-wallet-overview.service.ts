import { Injectable } from '@nestjs/common';
import { entityFromJson, preparedQuery } from '@okpay/database';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { AccountDirectory } from '../accounts/account-directory.service';
import { AccountEntity } from '../accounts/account.entity';
import { CustomerEntity } from '../customers/customer.entity';
import { KycSubmissionEntity } from '../kyc/kyc-submission.entity';
import { MerchantEntity } from '../merchants/merchant.entity';
import { RefundRequestEntity } from '../refunds/refund-request.entity';
import { WalletTransactionEntity } from '../transactions/wallet-transaction.entity';
import { WalletResourceNotFoundError } from '../wallet.errors';
import { AccountRecord } from '../accounts/account.record';
import { WalletTransactionRecord } from '../transactions/wallet-transaction.record';
import { KycSubmissionRecord } from '../kyc/kyc-submission.record';
import { RefundRequestRecord } from '../refunds/refund-request.record';
import { CustomerRecord } from '../customers/customer.record';
import { MerchantRecord } from '../merchants/merchant.record';

const RECENT = 10;

type JsonRow = Record<string, unknown>;

interface OverviewRow {
  readonly customer: JsonRow | null;
  readonly wallets: JsonRow[];
  readonly recent: JsonRow[];
  readonly pending: JsonRow[];
  readonly latest_failure: JsonRow | null;
  readonly refunds: JsonRow[];
  readonly latest_kyc: JsonRow | null;
  readonly merchants: JsonRow[];
  readonly counterparties: Counterparty[];
}

/** Another customer a listed transaction was with: how they are named to the customer. */
export interface Counterparty {
  readonly id: string;
  readonly name: string;
  readonly email: string;
}

/** Everything support needs to know about one customer's wallet, read in one snapshot. */
export interface CustomerWalletOverview {
  readonly customer: CustomerRecord;
  readonly wallets: AccountRecord[];
  readonly recentTransactions: WalletTransactionRecord[];
  readonly pendingTransactions: WalletTransactionRecord[];
  readonly latestFailure: WalletTransactionRecord | null;
  readonly refunds: RefundRequestRecord[];
  readonly latestKycSubmission: KycSubmissionRecord | null;
  /** Who the listed transactions (recent, pending, the latest failure) were with, in no order. */
  readonly merchants: MerchantRecord[];
  readonly counterparties: Counterparty[];
}

/**
 * The read side for the bot (answers grounded in the customer's own account) and for agents
 * (the customer panel). Card numbers are only ever stored masked, so nothing here can leak one.
 */
@Injectable()
export class CustomerWalletOverviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountDirectory,
  ) {}

  /**
   * One statement, so one snapshot without a transaction and one round trip instead of eleven (the
   * bot reads it on most of a signed-in customer's turns, names included); prepared, since planning it cost about as
   * much as running it. Each part is ordered as the panel shows it.
   */
  async overview(customerId: string): Promise<CustomerWalletOverview> {
    const [row] = await preparedQuery<OverviewRow>(
      this.dataSource,
      'wallet.customer-overview',
      `WITH recent AS (SELECT * FROM wallet_transactions WHERE customer_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2),
         pending AS (SELECT * FROM wallet_transactions WHERE customer_id = $1 AND status = 'pending'),
         latest_failure AS (SELECT * FROM wallet_transactions WHERE customer_id = $1 AND status = 'failed' ORDER BY created_at DESC, id DESC LIMIT 1),
         listed AS (
           SELECT merchant_id, counterparty_customer_id FROM recent
           UNION SELECT merchant_id, counterparty_customer_id FROM pending
           UNION SELECT merchant_id, counterparty_customer_id FROM latest_failure)
       SELECT
         (SELECT to_jsonb(c) FROM customers c WHERE c.id = $1) AS customer,
         (SELECT coalesce(jsonb_agg(to_jsonb(a) ORDER BY a.currency), '[]') FROM accounts a WHERE a.kind = 'customer' AND a.customer_id = $1) AS wallets,
         (SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY t.created_at DESC, t.id DESC), '[]') FROM recent t) AS recent,
         (SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY t.created_at DESC), '[]') FROM pending t) AS pending,
         (SELECT to_jsonb(t) FROM latest_failure t) AS latest_failure,
         (SELECT coalesce(jsonb_agg(to_jsonb(r) ORDER BY r.created_at DESC), '[]')
          FROM (SELECT * FROM refund_requests WHERE customer_id = $1 ORDER BY created_at DESC LIMIT $2) r) AS refunds,
         (SELECT to_jsonb(k) FROM kyc_submissions k WHERE k.customer_id = $1 ORDER BY k.submitted_at DESC LIMIT 1) AS latest_kyc,
         (SELECT coalesce(jsonb_agg(to_jsonb(m)), '[]') FROM merchants m WHERE m.id IN (SELECT merchant_id FROM listed)) AS merchants,
         (SELECT coalesce(jsonb_agg(jsonb_build_object('id', p.id, 'name', p.name, 'email', p.email)), '[]')
          FROM customers p WHERE p.id IN (SELECT counterparty_customer_id FROM listed)) AS counterparties`,
      [customerId, RECENT],
    );
    if (!row.customer) throw new WalletResourceNotFoundError('customer');
    const as = <T extends ObjectLiteral>(target: EntityTarget<T>, json: JsonRow) => entityFromJson(this.dataSource, target, json);
    return {
      customer: as(CustomerEntity, row.customer),
      wallets: row.wallets.map((json) => as(AccountEntity, json)),
      recentTransactions: row.recent.map((json) => as(WalletTransactionEntity, json)),
      pendingTransactions: row.pending.map((json) => as(WalletTransactionEntity, json)),
      latestFailure: row.latest_failure ? as(WalletTransactionEntity, row.latest_failure) : null,
      refunds: row.refunds.map((json) => as(RefundRequestEntity, json)),
      latestKycSubmission: row.latest_kyc ? as(KycSubmissionEntity, row.latest_kyc) : null,
      merchants: row.merchants.map((json) => as(MerchantEntity, json)),
      counterparties: row.counterparties,
    };
  }

  /** Just the balances, for the customer's own accounts list. */
  wallets(customerId: string): Promise<AccountRecord[]> {
    return this.accounts.customerWallets(this.dataSource.manager, customerId);
  }

  refunds(customerId: string): Promise<RefundRequestRecord[]> {
    return this.dataSource.getRepository(RefundRequestEntity).find({ where: { customerId }, order: { createdAt: 'DESC' }, take: RECENT });
  }

  /** The customer's tier and their latest verification request. */
  async verification(customerId: string): Promise<{ customer: CustomerRecord; latestKycSubmission: KycSubmissionRecord | null }> {
    const customer = await this.dataSource.getRepository(CustomerEntity).findOneBy({ id: customerId });
    if (!customer) throw new WalletResourceNotFoundError('customer');
    const latestKycSubmission = await this.dataSource
      .getRepository(KycSubmissionEntity)
      .findOne({ where: { customerId }, order: { submittedAt: 'DESC' } });
    return { customer, latestKycSubmission };
  }
}
