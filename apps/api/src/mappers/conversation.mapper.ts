import { ConversationSummary } from '@okpay/contracts';
import { ChatQueueEntryRecord } from '@okpay/routing';
import { ConversationRecord, StoredChatMessage } from '@okpay/tickets';
import { toChatMessage } from './chat-message.mapper';

/** The inbox's view of a conversation: who, where routing has it, and its last public message. */
export function toConversationSummary(
  conversation: ConversationRecord,
  entry: ChatQueueEntryRecord | null,
  last: StoredChatMessage | undefined,
): ConversationSummary {
  return {
    id: conversation.id,
    status: conversation.status,
    customerId: conversation.customerId,
    locale: conversation.locale,
    lastSeq: conversation.lastSeq,
    ticketId: conversation.ticketId,
    routing: entry
      ? {
          status: entry.status,
          agentId: entry.assignedAgentId ?? entry.offeredAgentId,
          arrivedAt: entry.arrivedAt.toISOString(),
          ...(entry.offerExpiresAt ? { offerExpiresAt: entry.offerExpiresAt.toISOString() } : {}),
        }
      : null,
    lastMessage: last ? toChatMessage(last, 'agent') : null,
    createdAt: conversation.createdAt.toISOString(),
    updatedAt: conversation.updatedAt.toISOString(),
  };
}
