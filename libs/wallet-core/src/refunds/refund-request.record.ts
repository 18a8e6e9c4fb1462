export type RefundStatus = 'requested' | 'approved' | 'rejected' | 'completed';

/** A customer's request to get (part of) a payment back. */
export interface RefundRequestRecord {
  readonly id: string;
  readonly customerId: string;
  readonly paymentId: string;
  readonly amount: number;
  readonly currency: string;
  readonly reason: string;
  readonly status: RefundStatus;
  readonly rejectionReason: string | null;
  /** The last business day by which the money should be back, on the support calendar. */
  readonly expectedBy: Date;
  readonly refundTransactionId: string | null;
  readonly createdAt: Date;
  readonly decidedAt: Date | null;
  readonly completedAt: Date | null;
}
