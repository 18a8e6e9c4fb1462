import { Locale } from '@okpay/contracts';
import { TicketPriority } from '@okpay/tickets';

export interface MailTriage {
  /** The bot's intent id; becomes the ticket's category. */
  readonly intent: string;
  readonly confidence: number;
  readonly priority?: TicketPriority;
  /** For a confident FAQ intent: the help article the acknowledgement links to. */
  readonly article?: { readonly id: string; readonly title: string; readonly url: string };
}

/**
 * Classifies the text of a new email (the bot, bound by the app). `null` when it cannot tell:
 * the ticket then keeps the default category and priority and the acknowledgement has no article.
 */
export abstract class InboundMailTriage {
  abstract triage(text: string, locale: Locale): Promise<MailTriage | null>;
}
