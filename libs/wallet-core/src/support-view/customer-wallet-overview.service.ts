import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccountDirectory } from '../accounts/account-directory.service';
import { AccountEntity } from '../accounts/account.entity';
import { CustomerEntity } from '../customers/customer.entity';
import { KycSubmissionEntity } from '../kyc/kyc-submission.entity';
import { RefundRequestEntity } from '../refunds/refund-request.entity';
import { WalletTransactionEntity } from '../transactions/wallet-transaction.entity';
import { WalletResourceNotFoundError } from '../wallet.errors';

const RECENT = 10;

/** Everything support needs to know about one customer's wallet, read in one snapshot. */
export interface CustomerWalletOverview {
  readonly customer: CustomerEntity;
  readonly wallets: AccountEntity[];
  readonly recentTransactions: WalletTransactionEntity[];
  readonly pendingTransactions: WalletTransactionEntity[];
  readonly latestFailure: WalletTransactionEntity | null;
  readonly refunds: RefundRequestEntity[];
  readonly latestKycSubmission: KycSubmissionEntity | null;
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

  overview(customerId: string): Promise<CustomerWalletOverview> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const customer = await manager.findOneBy(CustomerEntity, { id: customerId });
      if (!customer) throw new WalletResourceNotFoundError('customer');
      // One after another: a transaction is one connection, which runs one query at a time.
      const transactions = manager.getRepository(WalletTransactionEntity);
      const wallets = await this.accounts.customerWallets(manager, customerId);
      const recentTransactions = await transactions.find({ where: { customerId }, order: { createdAt: 'DESC', id: 'DESC' }, take: RECENT });
      const pendingTransactions = await transactions.find({ where: { customerId, status: 'pending' }, order: { createdAt: 'DESC' } });
      const latestFailure = await transactions.findOne({ where: { customerId, status: 'failed' }, order: { createdAt: 'DESC', id: 'DESC' } });
      const refunds = await manager.find(RefundRequestEntity, { where: { customerId }, order: { createdAt: 'DESC' }, take: RECENT });
      const latestKycSubmission = await manager.findOne(KycSubmissionEntity, { where: { customerId }, order: { submittedAt: 'DESC' } });
      return { customer, wallets, recentTransactions, pendingTransactions, latestFailure, refunds, latestKycSubmission };
    });
  }

  /** Just the balances, for the customer's own accounts list. */
  wallets(customerId: string): Promise<AccountEntity[]> {
    return this.accounts.customerWallets(this.dataSource.manager, customerId);
  }

  refunds(customerId: string): Promise<RefundRequestEntity[]> {
    return this.dataSource.getRepository(RefundRequestEntity).find({ where: { customerId }, order: { createdAt: 'DESC' }, take: RECENT });
  }

  /** The customer's tier and their latest verification request. */
  async verification(customerId: string): Promise<{ customer: CustomerEntity; latestKycSubmission: KycSubmissionEntity | null }> {
    const customer = await this.dataSource.getRepository(CustomerEntity).findOneBy({ id: customerId });
    if (!customer) throw new WalletResourceNotFoundError('customer');
    const latestKycSubmission = await this.dataSource
      .getRepository(KycSubmissionEntity)
      .findOne({ where: { customerId }, order: { submittedAt: 'DESC' } });
    return { customer, latestKycSubmission };
  }
}
