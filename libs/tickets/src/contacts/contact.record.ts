/** Who a ticket is with: a wallet customer when known, or just an email or phone number. */
export interface ContactRecord {
  readonly id: string;
  readonly customerId: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly name: string | null;
  readonly createdAt: Date;
}
