/** Durable job that delivers a cross-border transfer once the partner network settles it. */
export const SETTLE_CROSS_BORDER_TRANSFER_JOB = 'wallet.settle-cross-border-transfer';

/** Business days a cross-border transfer takes on the support calendar (the help centre quotes it). */
export const CROSS_BORDER_SETTLEMENT_BUSINESS_DAYS = 2;

export interface SettleCrossBorderTransferJobData {
  readonly transactionId: string;
}
