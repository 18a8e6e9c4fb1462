/** Who a ticket is with: a wallet customer when known, or just an email or phone number. */
export interface ContactRecord {
  readonly id: string;
  readonly customerId: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly name: string | null;
  /** Set when an agent merged this contact into another, the same person; mail to its address joins that one. */
  readonly mergedInto: string | null;
  readonly createdAt: Date;
}
