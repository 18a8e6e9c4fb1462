import { ConversationStatus, Locale } from '@okpay/contracts';

/** A live chat between a customer (or an anonymous widget visitor) and the bot and agents. */
export interface ConversationRecord {
  readonly id: string;
  readonly customerId: string | null;
  /** The widget visitor session, for a visitor who is not signed in. */
  readonly visitorId: string | null;
  readonly locale: Locale;
  readonly status: ConversationStatus;
  readonly lastSeq: number;
  readonly customerReadSeq: number;
  readonly agentReadSeq: number;
  readonly handoffRefusedAt: Date | null;
  /** The ticket a "leave a message" turned the conversation into. */
  readonly ticketId: string | null;
  readonly csatScore: number | null;
  readonly csatComment: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly closedAt: Date | null;
}
