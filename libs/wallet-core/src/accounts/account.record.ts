export type AccountKind = 'customer' | 'merchant' | 'system';

/** The wallet's own books: money arriving from or leaving to the outside, fees, FX, corrections. */
export type SystemAccountCode = 'external:card' | 'external:bank' | 'external:cross-border' | 'fees' | 'fx' | 'adjustments';

/**
 * Where money sits. Customer wallets carry `balance`, kept in the same database transaction as
 * their ledger entries; merchant and system accounts derive balances from the entries.
 */
export interface AccountRecord {
  readonly id: string;
  readonly kind: AccountKind;
  readonly customerId: string | null;
  readonly merchantId: string | null;
  /** For system accounts: `external:card`, `external:bank`, `fees`, `fx`, `adjustments`. */
  readonly systemCode: SystemAccountCode | null;
  readonly currency: string;
  /** Minor units; maintained for customer wallets only. */
  readonly balance: number;
  readonly createdAt: Date;
}
