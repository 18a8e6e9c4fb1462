/** Durable job that settles a bank-transfer top-up when the (simulated) bank reports it. */
export const SETTLE_BANK_TRANSFER_JOB = 'wallet.settle-bank-transfer';

/** How long the demo bank takes; the help centre quotes it. */
export const BANK_TRANSFER_SETTLEMENT_HOURS = 2;

export interface SettleBankTransferJobData {
  readonly transactionId: string;
}
