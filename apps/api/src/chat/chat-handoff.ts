import { Injectable, Logger } from '@nestjs/common';
import { CHAT_EVENTS, HandoffUnavailable } from '@okpay/contracts';
import { ChatQueue } from '@okpay/routing';
import { Clock } from '@okpay/shared';
import { Conversations, StoredChatMessage } from '@okpay/tickets';
import { RateLimitSubjects } from '../limits/rate-limits';
import { ChatMessenger } from './chat-messenger';
import { ChatSocketHub } from './chat-socket-hub';
import { CHAT_TEXTS, formatInstant } from './chat-texts';
import { ConversationResponder } from './conversation-responder';
import { ChatConversation } from './customer-chat';
import { QueueUpdates } from './queue-updates';

/** After the queue turned a conversation away, further messages do not ask again for this long. */
const ASK_QUEUE_AGAIN_AFTER_MS = 5 * 60_000;

/**
 * Who answers a customer's message: the bot while no person owns the conversation, then the chat
 * queue when the bot hands over (or has nothing to say), then — when nobody can take it — the
 * offer to leave a message.
 */
@Injectable()
export class ChatHandoff {
  private readonly logger = new Logger(ChatHandoff.name);

  constructor(
    private readonly responder: ConversationResponder,
    private readonly queue: ChatQueue,
    private readonly conversations: Conversations,
    private readonly messenger: ChatMessenger,
    private readonly queueUpdates: QueueUpdates,
    private readonly hub: ChatSocketHub,
    private readonly clock: Clock,
  ) {}

  /**
   * Before a customer's message is stored: the responder may refuse it while it would be the one to answer.
   * @returns whether a person owns the conversation: then nobody else answers this message.
   */
  async admit(conversationId: string, askers: RateLimitSubjects): Promise<boolean> {
    if ((await this.queue.current(conversationId))?.status === 'assigned') return true;
    await this.responder.admit(askers);
    return false;
  }

  /**
   * After the message is stored and acknowledged, for a message `admit` found no person owning:
   * one a person owned is theirs to answer, so the caller skips this and the queue is not read a
   * second time for it (on a busy chat that was every message's second statement).
   */
  async customerWrote(conversation: ChatConversation, stored: StoredChatMessage): Promise<void> {
    const entry = await this.queue.current(conversation.id);
    if (entry?.status === 'assigned') return;
    const reply = await this.responder.respond({
      conversationId: conversation.id,
      text: stored.message.body,
      locale: conversation.locale,
      ...(conversation.customerId ? { customerId: conversation.customerId } : {}),
    });
    if (reply?.text) {
      // A person may have taken the chat while the bot thought: then the bot stays silent.
      if ((await this.queue.current(conversation.id))?.status === 'assigned') return;
      await this.messenger.post({
        conversationId: conversation.id,
        author: { type: 'bot', id: null },
        clientId: `reply:${stored.message.id}`,
        text: reply.text,
        quickReplies: reply.quickReplies,
      });
    }
    const handoff = reply === null ? 'chat_queue' : reply.handoff;
    if (handoff === 'chat_queue' && !entry) await this.askQueue(conversation);
    if (handoff === 'ticket') await this.offerLeaveMessage(conversation, { reason: 'no_agents_available', nextOpening: null });
  }

  private async askQueue(conversation: ChatConversation): Promise<void> {
    const now = this.clock.now();
    const { handoffRefusedAt } = await this.conversations.get(conversation.id);
    if (handoffRefusedAt && now.getTime() - handoffRefusedAt.getTime() < ASK_QUEUE_AGAIN_AFTER_MS) return;
    const admission = await this.queue.request({
      conversationId: conversation.id,
      language: conversation.locale,
      ...(conversation.customerId ? { customerId: conversation.customerId } : {}),
    });
    if (admission.admitted) {
      if (handoffRefusedAt) await this.conversations.clearHandoffRefused(conversation.id);
      await this.queueUpdates.watch(conversation.id);
      return;
    }
    if (!(await this.conversations.claimHandoffRefusal(conversation.id, now, ASK_QUEUE_AGAIN_AFTER_MS))) return;
    this.logger.debug({ conversationId: conversation.id, reason: admission.reason }, 'chat queue refused the conversation');
    await this.offerLeaveMessage(conversation, { reason: admission.reason, nextOpening: admission.nextOpening?.toISOString() ?? null });
  }

  private async offerLeaveMessage(conversation: ChatConversation, unavailable: HandoffUnavailable): Promise<void> {
    const nextOpening = unavailable.nextOpening ? formatInstant(new Date(unavailable.nextOpening), conversation.locale) : null;
    await this.messenger.post({
      conversationId: conversation.id,
      author: { type: 'system', id: null },
      text: CHAT_TEXTS.unavailable[conversation.locale](nextOpening),
    });
    this.hub.toWidgets(conversation.id, CHAT_EVENTS.handoffUnavailable, unavailable);
  }
}
