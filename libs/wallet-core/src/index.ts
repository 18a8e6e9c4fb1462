// The face of @okpay/wallet-core: its module, use cases, queries, errors and read-only records; entities stay inside.
// Data access: use cases move money through the Ledger and AccountDirectory on the transaction's
// EntityManager and hold no SQL (lint rule); aggregates (limits, reconciliation, refund claims) are
// SQL in their own service or *.repository.ts file.
export { AccountRecord } from './accounts/account.record';
export { AdjustWalletCommand, AdjustWalletUseCase } from './admin/adjust-wallet.use-case';
export { CustomerDirectory, NewCustomer } from './customers/customer-directory.service';
export { CustomerRecord } from './customers/customer.record';
export { IdempotencyStore } from './idempotency/idempotency-store.service';
export { IdentityVerificationService, KycDecision } from './kyc/identity-verification.service';
export { KycDocumentType, KycSubmissionRecord } from './kyc/kyc-submission.record';
export { LedgerReconciliation, ReconciliationReport } from './ledger/ledger-reconciliation.service';
export { DailyUsage, SpendingLimits } from './limits/spending-limits.service';
export { WALLET_TIME_ZONE } from './limits/wallet-day';
export { MerchantDirectory, NewMerchant } from './merchants/merchant-directory.service';
export { MerchantRecord, MerchantStatus } from './merchants/merchant.record';
export { MakePaymentCommand, MakePaymentUseCase } from './payments/make-payment.use-case';
export * from './pricing';
export { BusinessDayCalendar, REFUND_BUSINESS_DAYS } from './refunds/business-day-calendar';
export { RefundRequestRecord, RefundStatus } from './refunds/refund-request.record';
export { RequestRefundCommand, RequestRefundUseCase } from './refunds/request-refund.use-case';
export { RefundDecision, ReviewRefundUseCase } from './refunds/review-refund.use-case';
export { CustomerLoginState, CustomerLoginStatus, LOGIN_PAUSE_POLICY } from './security/customer-login-status.service';
export { ServiceArea, ServiceIncidentRecord } from './service-status/service-incident.record';
export { NewServiceIncident, ServiceStatus, ServiceStatusService } from './service-status/service-status.service';
export { Counterparty, CustomerWalletOverview, CustomerWalletOverviewService } from './support-view/customer-wallet-overview.service';
export { BANK_TRANSFER_SETTLEMENT_HOURS, SETTLE_BANK_TRANSFER_JOB, SettleBankTransferJobData } from './topups/bank-transfer-settlement';
export { BankTransferOutcome, SettleBankTransferUseCase } from './topups/settle-bank-transfer.use-case';
export { TopUpCommand, TopUpUseCase } from './topups/top-up.use-case';
export { CancelPendingTransactionUseCase } from './transactions/cancel-pending-transaction.use-case';
export { TransactionHistory, TransactionPage } from './transactions/transaction-history.service';
export { FAILURE_CODES, FailureCode, WalletTransactionRecord } from './transactions/wallet-transaction.record';
export {
  CROSS_BORDER_SETTLEMENT_BUSINESS_DAYS,
  SETTLE_CROSS_BORDER_TRANSFER_JOB,
  SettleCrossBorderTransferJobData,
} from './transfers/cross-border-settlement';
export { SendTransferCommand, SendTransferUseCase } from './transfers/send-transfer.use-case';
export { SettleCrossBorderTransferUseCase } from './transfers/settle-cross-border-transfer.use-case';
export { WalletCoreModule, WalletCoreModuleImports } from './wallet-core.module';
