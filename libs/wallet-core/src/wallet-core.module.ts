import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountDirectory } from './accounts/account-directory.service';
import { AccountEntity } from './accounts/account.entity';
import { AdjustWalletUseCase } from './admin/adjust-wallet.use-case';
import { WalletAuditLog } from './admin/wallet-audit-log';
import { CustomerDirectory } from './customers/customer-directory.service';
import { CustomerEntity } from './customers/customer.entity';
import { IdempotencyStore } from './idempotency/idempotency-store.service';
import { IdentityVerificationService } from './kyc/identity-verification.service';
import { KycSubmissionEntity } from './kyc/kyc-submission.entity';
import { LedgerEntryEntity } from './ledger/ledger-entry.entity';
import { LedgerReconciliation } from './ledger/ledger-reconciliation.service';
import { Ledger } from './ledger/ledger.service';
import { SpendingLimits } from './limits/spending-limits.service';
import { MerchantDirectory } from './merchants/merchant-directory.service';
import { MerchantEntity } from './merchants/merchant.entity';
import { MakePaymentUseCase } from './payments/make-payment.use-case';
import { PaymentRepository } from './payments/payment-repository';
import { RefundRequestEntity } from './refunds/refund-request.entity';
import { RequestRefundUseCase } from './refunds/request-refund.use-case';
import { ReviewRefundUseCase } from './refunds/review-refund.use-case';
import { RiskRules } from './risk/risk-rules';
import { CustomerLoginStatus } from './security/customer-login-status.service';
import { ServiceIncidentEntity } from './service-status/service-incident.entity';
import { ServiceStatusService } from './service-status/service-status.service';
import { CustomerWalletOverviewService } from './support-view/customer-wallet-overview.service';
import { SettleBankTransferUseCase } from './topups/settle-bank-transfer.use-case';
import { TopUpRepository } from './topups/top-up-repository';
import { TopUpUseCase } from './topups/top-up.use-case';
import { CancelPendingTransactionUseCase } from './transactions/cancel-pending-transaction.use-case';
import { TransactionHistory } from './transactions/transaction-history.service';
import { WalletTransactionEntity } from './transactions/wallet-transaction.entity';
import { SendTransferUseCase } from './transfers/send-transfer.use-case';
import { SettleCrossBorderTransferUseCase } from './transfers/settle-cross-border-transfer.use-case';
import { TransferRepository } from './transfers/transfer-repository';

const USE_CASES_AND_QUERIES = [
  AdjustWalletUseCase,
  CancelPendingTransactionUseCase,
  CustomerDirectory,
  CustomerLoginStatus,
  CustomerWalletOverviewService,
  IdempotencyStore,
  IdentityVerificationService,
  LedgerReconciliation,
  MakePaymentUseCase,
  MerchantDirectory,
  RequestRefundUseCase,
  ReviewRefundUseCase,
  SendTransferUseCase,
  ServiceStatusService,
  SettleBankTransferUseCase,
  SettleCrossBorderTransferUseCase,
  SpendingLimits,
  TopUpUseCase,
  TransactionHistory,
];

export interface WalletCoreModuleImports {
  /** Exports `Clock`, `APP_CONFIG` and a `JobScheduler`. */
  readonly platform: DynamicModule;
  /** Exports a `BusinessDayCalendar` (the support calendar): refund and cross-border promises count its days. */
  readonly businessDays: DynamicModule;
}

/** The wallet: accounts, ledger, money movements, limits, refunds and verification. */
@Module({})
export class WalletCoreModule {
  static forRoot({ platform, businessDays }: WalletCoreModuleImports): DynamicModule {
    return {
      module: WalletCoreModule,
      imports: [
        platform,
        businessDays,
        TypeOrmModule.forFeature([
          AccountEntity,
          CustomerEntity,
          KycSubmissionEntity,
          LedgerEntryEntity,
          MerchantEntity,
          RefundRequestEntity,
          ServiceIncidentEntity,
          WalletTransactionEntity,
        ]),
      ],
      providers: [...USE_CASES_AND_QUERIES, AccountDirectory, Ledger, PaymentRepository, RiskRules, TopUpRepository, TransferRepository, WalletAuditLog],
      exports: USE_CASES_AND_QUERIES,
    };
  }
}
