import { CustomerWalletOverview } from '@okpay/wallet-core';

/**
 * The signed-in customer during one bot turn. Their wallet is read once, however many parts of the
 * turn look at it (masking names before classification, deciding the topic, the answer); the next
 * turn reads it afresh, so an action in between is always seen.
 */
export class CustomerTurn {
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(
    readonly id: string,
    private readonly readOverview: (customerId: string) => Promise<CustomerWalletOverview>,
  ) {}

  overview(): Promise<CustomerWalletOverview> {
    return this.once('overview', () => this.readOverview(this.id));
  }

  /** `load` runs at most once per turn for `key`. */
  once<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.memo.has(key)) this.memo.set(key, load());
    return this.memo.get(key) as Promise<T>;
  }
}
