import { Locale } from '@okpay/contracts';

export interface WalletCustomerContact {
  readonly id: string;
  readonly name: string;
  readonly locale: Locale;
}

/** The wallet customer registered with an email address, if any (bound by the app to wallet-core). */
export abstract class WalletCustomerEmails {
  abstract findByEmail(email: string): Promise<WalletCustomerContact | null>;
}
