import { Locale } from '@okpay/contracts';

export type ChatQueueStatus = 'waiting' | 'offered' | 'assigned' | 'abandoned' | 'closed' | 'converted';

/** A conversation waiting for, offered to, or owned by an agent. */
export interface ChatQueueEntryRecord {
  readonly id: string;
  readonly conversationId: string;
  readonly customerId: string | null;
  readonly language: Locale;
  readonly topic: string | null;
  readonly priority: number;
  /** Original arrival, kept across offers, timeouts and requeues: the queue order after priority. */
  readonly arrivedAt: Date;
  readonly status: ChatQueueStatus;
  readonly offeredAgentId: string | null;
  readonly offerExpiresAt: Date | null;
  /** Not offered straight back to this agent, until `passedOverUntil`. */
  readonly passedOverAgentId: string | null;
  readonly passedOverUntil: Date | null;
  readonly assignedAgentId: string | null;
  readonly assignedAt: Date | null;
  readonly closedAt: Date | null;
  readonly disconnectedAt: Date | null;
  /** Set when the chat became a phone callback. */
  readonly callbackId: string | null;
  readonly updatedAt: Date;
}
