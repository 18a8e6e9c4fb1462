export { AccountEntity } from './accounts/account.entity';
export { AdjustmentWouldOverdrawError, AdjustWalletCommand, AdjustWalletUseCase } from './admin/adjust-wallet.use-case';
export { CustomerDirectory, NewCustomer } from './customers/customer-directory.service';
export { CustomerEntity } from './customers/customer.entity';
export { EmailAlreadyRegisteredError } from './customers/customer.errors';
export { IdempotencyStore } from './idempotency/idempotency-store.service';
export { IdentityVerificationService, KycDecision } from './kyc/identity-verification.service';
export { KYC_DOCUMENT_TYPES, KycDocumentType, KycSubmissionEntity } from './kyc/kyc-submission.entity';
export { LedgerReconciliation, ReconciliationReport } from './ledger/ledger-reconciliation.service';
export { DailyUsage, SpendingLimits } from './limits/spending-limits.service';
export { WALLET_TIME_ZONE } from './limits/wallet-day';
export { MerchantDirectory, NewMerchant } from './merchants/merchant-directory.service';
export { MerchantEntity, MerchantStatus } from './merchants/merchant.entity';
export { MakePaymentCommand, MakePaymentUseCase } from './payments/make-payment.use-case';
export * from './pricing';
export { BusinessDayCalendar, REFUND_BUSINESS_DAYS } from './refunds/business-day-calendar';
export { RefundRequestEntity, RefundStatus } from './refunds/refund-request.entity';
export { RequestRefundCommand, RequestRefundUseCase } from './refunds/request-refund.use-case';
export { RefundDecision, ReviewRefundUseCase } from './refunds/review-refund.use-case';
export { RISK_REVIEW_THRESHOLD_CNY } from './risk/risk-rules';
export { CustomerLoginState, CustomerLoginStatus, LOGIN_PAUSE_POLICY } from './security/customer-login-status.service';
export { SERVICE_AREAS, ServiceArea, ServiceIncidentEntity } from './service-status/service-incident.entity';
export { NewServiceIncident, ServiceStatus, ServiceStatusService } from './service-status/service-status.service';
export { Counterparty, CustomerWalletOverview, CustomerWalletOverviewService } from './support-view/customer-wallet-overview.service';
export { BANK_TRANSFER_SETTLEMENT_HOURS, SETTLE_BANK_TRANSFER_JOB, SettleBankTransferJobData } from './topups/bank-transfer-settlement';
export { BankTransferOutcome, SettleBankTransferUseCase, TopUpNotPendingError } from './topups/settle-bank-transfer.use-case';
export { ALWAYS_DECLINED_TEST_CARDS } from './topups/test-cards';
export { TopUpCommand, TopUpUseCase } from './topups/top-up.use-case';
export { CancelPendingTransactionUseCase } from './transactions/cancel-pending-transaction.use-case';
export { TransactionHistory, TransactionPage } from './transactions/transaction-history.service';
export { FAILURE_CODES, FailureCode, TRANSACTION_TYPES, WalletTransactionEntity } from './transactions/wallet-transaction.entity';
export {
  CROSS_BORDER_SETTLEMENT_BUSINESS_DAYS,
  SETTLE_CROSS_BORDER_TRANSFER_JOB,
  SettleCrossBorderTransferJobData,
} from './transfers/cross-border-settlement';
export { SendTransferCommand, SendTransferUseCase } from './transfers/send-transfer.use-case';
export { SettleCrossBorderTransferUseCase } from './transfers/settle-cross-border-transfer.use-case';
export { WalletCoreModule } from './wallet-core.module';
