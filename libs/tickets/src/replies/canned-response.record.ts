import { Locale } from '@okpay/contracts';

/** A reply agents reuse: a handlebars template over ticket, customer and agent variables. */
export interface CannedResponseRecord {
  readonly id: string;
  readonly name: string;
  readonly locale: Locale;
  readonly body: string;
  readonly createdAt: Date;
}
