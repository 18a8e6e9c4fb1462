import { BotTurn } from '@okpay/bot';
import { BotMessageResponse, QuickReply } from '@okpay/contracts';

export function toBotMessageResponse(turn: BotTurn): BotMessageResponse {
  return {
    conversationId: turn.conversationId,
    intent: turn.intent,
    confidence: turn.confidence,
    reply: {
      text: turn.reply.text,
      ...(turn.reply.articleId ? { articleId: turn.reply.articleId } : {}),
      ...(turn.reply.quickReplies ? { quickReplies: turn.reply.quickReplies.map(toQuickReplyView) } : {}),
    },
    handoff: turn.handoff
      ? {
          reason: turn.handoff.reason,
          target: turn.handoff.target,
          ...(turn.handoff.ticketId ? { ticketId: turn.handoff.ticketId } : {}),
          ...(turn.handoff.position !== undefined ? { position: turn.handoff.position } : {}),
          ...(turn.handoff.estimatedWaitSeconds !== undefined ? { estimatedWaitSeconds: turn.handoff.estimatedWaitSeconds } : {}),
          ...(turn.handoff.nextOpening !== undefined ? { nextOpening: turn.handoff.nextOpening } : {}),
        }
      : null,
  };
}

export function toQuickReplyView(reply: QuickReply): QuickReply {
  return { label: reply.label, text: reply.text, ...(reply.action ? { action: reply.action } : {}) };
}
