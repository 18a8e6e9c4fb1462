import { Injectable } from '@nestjs/common';
import { CHAT_EVENTS, ConversationClosed, MessageAck } from '@okpay/contracts';
import { ChatAssignment, ChatNotAssignedError, ChatOfferNotFoundError, ChatQueue, ChatQueueEntryRecord } from '@okpay/routing';
import { Conversations } from '@okpay/tickets';
import { ChatMessenger } from './chat-messenger';
import { ChatSocketHub } from './chat-socket-hub';
import { CHAT_TEXTS } from './chat-texts';
import { AgentMessageSendPayload } from './socket-payloads';

export interface ChatAgent {
  readonly id: string;
  readonly name: string;
}

/** What an agent does in conversations, whatever the transport. */
@Injectable()
export class AgentChat {
  constructor(
    private readonly messenger: ChatMessenger,
    private readonly conversations: Conversations,
    private readonly queue: ChatQueue,
    private readonly assignment: ChatAssignment,
    private readonly hub: ChatSocketHub,
  ) {}

  /** A reply (only in a chat the agent owns) or a private note (any agent, any conversation). */
  async send(agent: ChatAgent, payload: AgentMessageSendPayload): Promise<MessageAck> {
    if (payload.internal) await this.conversations.get(payload.conversationId);
    else await this.ownedBy(agent, payload.conversationId);
    const posted = await this.messenger.post({
      conversationId: payload.conversationId,
      author: { type: 'agent', id: agent.id, name: agent.name },
      clientId: payload.clientId,
      text: payload.text,
      internal: payload.internal,
      attachmentId: payload.attachmentId,
    });
    return { id: posted.message.id, seq: posted.message.seq };
  }

  /** Takes an offered chat; a repeated accept of a chat already taken is fine. */
  async accept(agent: ChatAgent, conversationId: string): Promise<void> {
    const mine = await this.queue.agentChats(agent.id);
    if (mine.some((e) => e.conversationId === conversationId && e.status === 'assigned')) return;
    const offer = mine.find((e) => e.conversationId === conversationId && e.status === 'offered');
    if (!offer) throw new ChatOfferNotFoundError();
    const accepted = await this.assignment.accept(agent.id, offer.id);
    const { locale } = await this.conversations.get(conversationId);
    await this.messenger.post({
      conversationId,
      author: { type: 'system', id: null },
      clientId: `joined:${accepted.id}:${accepted.assignedAt!.toISOString()}`,
      text: CHAT_TEXTS.agentJoined[locale](agent.name),
    });
  }

  /** Back to the queue for another agent; the customer keeps their place. */
  async transfer(agent: ChatAgent, conversationId: string): Promise<void> {
    const entry = await this.ownedBy(agent, conversationId);
    await this.assignment.transfer(agent.id, entry.id);
    const { locale } = await this.conversations.get(conversationId);
    await this.messenger.post({
      conversationId,
      author: { type: 'system', id: null },
      clientId: `transfer:${entry.id}:${entry.assignedAt!.toISOString()}`,
      text: CHAT_TEXTS.transferred[locale](),
    });
  }

  /** Ends the chat; the widget asks the customer to rate it. */
  async close(agent: ChatAgent, conversationId: string): Promise<void> {
    const entry = await this.ownedBy(agent, conversationId);
    const { locale } = await this.conversations.get(conversationId);
    await this.messenger.post({
      conversationId,
      author: { type: 'system', id: null },
      clientId: `closed:${entry.id}`,
      text: CHAT_TEXTS.closed[locale](),
    });
    await this.assignment.close(agent.id, entry.id);
    await this.conversations.close(conversationId);
    const closed: ConversationClosed = { conversationId, csat: true };
    this.hub.toWidgets(conversationId, CHAT_EVENTS.conversationClosed, closed);
    this.hub.toConversationAgents(conversationId, CHAT_EVENTS.conversationClosed, closed);
    this.hub.unfollowAsAgent(agent.id, conversationId);
  }

  typing(agent: ChatAgent, conversationId: string, isTyping: boolean): void {
    this.hub.toWidgets(conversationId, CHAT_EVENTS.typing, { isTyping, author: { type: 'agent', name: agent.name } });
  }

  async read(conversationId: string, seq: number): Promise<void> {
    const stored = await this.conversations.markRead(conversationId, 'agent', seq);
    this.hub.toWidgets(conversationId, CHAT_EVENTS.messageRead, { seq: stored, reader: 'agent' });
  }

  private async ownedBy(agent: ChatAgent, conversationId: string): Promise<ChatQueueEntryRecord> {
    const entry = await this.queue.current(conversationId);
    if (!entry || entry.status !== 'assigned' || entry.assignedAgentId !== agent.id) throw new ChatNotAssignedError();
    return entry;
  }
}
