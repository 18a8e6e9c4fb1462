export type MerchantStatus = 'active' | 'unavailable';

/** A merchant customers pay. */
export interface MerchantRecord {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  /** ISO 3166-1 alpha-2; a merchant abroad makes a payment cross-border. */
  readonly country: string;
  readonly status: MerchantStatus;
  readonly createdAt: Date;
}
