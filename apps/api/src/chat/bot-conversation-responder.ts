import { Injectable } from '@nestjs/common';
import { BotConversations } from '@okpay/bot';
import { RateLimits, RateLimitSubjects } from '../limits/rate-limits';
import { toQuickReplyView } from '../mappers/bot.mapper';
import { ConversationResponder, ResponderReply, ResponderRequest } from './conversation-responder';

/**
 * The bot answering live chat. It decides handoffs itself (queue in hours, ticket and callback
 * offer outside); the chat layer then watches the queue position or shows "leave a message".
 */
@Injectable()
export class BotConversationResponder extends ConversationResponder {
  constructor(
    private readonly bot: BotConversations,
    private readonly limits: RateLimits,
  ) {
    super();
  }

  /** The bot's answers in chat count against the same limits as `POST /bot/messages`. */
  override admit(askers: RateLimitSubjects): Promise<void> {
    return this.limits.consume('bot_message', askers);
  }

  async respond(request: ResponderRequest): Promise<ResponderReply | null> {
    const turn = await this.bot.reply({
      text: request.text,
      locale: request.locale,
      conversationId: request.conversationId,
      customerId: request.customerId,
      channel: 'chat',
      // The widget's conversation is the bot's conversation: same id, started on the first message.
      adoptConversation: true,
    });
    return {
      text: turn.reply.text,
      ...(turn.reply.quickReplies ? { quickReplies: turn.reply.quickReplies.map(toQuickReplyView) } : {}),
      ...(turn.handoff ? { handoff: turn.handoff.target } : {}),
    };
  }
}
