import { Injectable } from '@nestjs/common';
import { Locale } from '@okpay/contracts';
import { ChatQueue } from '@okpay/routing';
import { OpenTicketUseCase, TicketPriority } from '@okpay/tickets';
import { Clock } from '@okpay/shared';
import { dateTime } from '../answers/locale-format';
import { HandoffReason } from './handoff-policy';

export interface HandoffRequest {
  readonly conversationId: string;
  readonly customerId: string | null;
  readonly locale: Locale;
  readonly reason: HandoffReason;
  readonly topic: string;
  /** The conversation so far, oldest first, for the person who takes over. */
  readonly transcript: readonly string[];
  /**
   * The channel routes the conversation itself (live chat: the queue, or "leave a message" when
   * nobody can take it); the bot only says it is fetching a person.
   */
  readonly channelRoutes?: boolean;
}

export type HandoffOutcome =
  /** `position` 0: the channel queues the conversation itself. */
  | { readonly target: 'chat_queue'; readonly position: number; readonly estimatedWaitSeconds?: number; readonly ticketId?: string; readonly text: string }
  | { readonly target: 'ticket'; readonly ticketId: string; readonly ticketNumber: number; readonly nextOpening: Date | null; readonly text: string };

const PRIORITY: Record<HandoffReason, TicketPriority> = { security_incident: 'urgent', complaint: 'high', requested: 'normal', low_confidence: 'normal' };

/**
 * Hands a bot conversation to people: into the chat queue while support is open and someone can
 * take it; otherwise a ticket, and an offer to call back from the next opening. A security incident
 * always gets an urgent ticket too, so it is tracked even if the chat is abandoned.
 */
@Injectable()
export class BotHandoff {
  constructor(
    private readonly chatQueue: ChatQueue,
    private readonly openTicket: OpenTicketUseCase,
    private readonly clock: Clock,
  ) {}

  async handOff(request: HandoffRequest): Promise<HandoffOutcome> {
    const zh = request.locale === 'zh-CN';
    const urgentTicket = request.reason === 'security_incident' ? await this.ticket(request) : undefined;
    if (request.channelRoutes) {
      const text = zh ? '好的，正在为您转接人工客服。' : "Sure, I'm getting you a person.";
      const security = urgentTicket ? (zh ? `我们已为您创建紧急工单 #${urgentTicket.number}。` : ` I've also opened urgent ticket #${urgentTicket.number}.`) : '';
      return { target: 'chat_queue', position: 0, ticketId: urgentTicket?.id, text: text + security };
    }
    const admission = await this.chatQueue.request({
      conversationId: request.conversationId,
      customerId: request.customerId ?? undefined,
      language: request.locale,
      topic: request.topic,
    });
    if (admission.admitted) {
      const wait = admission.estimatedWaitSeconds !== undefined ? Math.max(1, Math.ceil(admission.estimatedWaitSeconds / 60)) : undefined;
      const text = zh
        ? `正在为您转接人工客服，您前面还有 ${admission.position - 1} 位${wait ? `，预计等待约 ${wait} 分钟` : ''}。请不要关闭窗口。`
        : `I'm connecting you with an agent. You are number ${admission.position} in the queue${wait ? `, about ${wait} min` : ''}. Please keep this window open.`;
      const security = urgentTicket ? (zh ? `\n我们已为您创建紧急工单 #${urgentTicket.number}。` : `\nI've also opened urgent ticket #${urgentTicket.number} for you.`) : '';
      return { target: 'chat_queue', position: admission.position, estimatedWaitSeconds: admission.estimatedWaitSeconds, ticketId: urgentTicket?.id, text: text + security };
    }

    const ticket = urgentTicket ?? (await this.ticket(request));
    const opening = admission.nextOpening;
    const when = opening ? dateTime(opening, request.locale) : null;
    const text = zh
      ? `现在没有客服在线${when ? `，我们将于 ${when} 上班` : ''}。我已为您创建工单 #${ticket.number}，客服会尽快回复。如需电话回访，请回复您的手机号码，我们开门后给您回电。`
      : `No agent is available right now${when ? `; we open again ${when}` : ''}. I've opened ticket #${ticket.number} so a person will reply. If you'd like a phone call instead, reply with your phone number and we'll call you back when we open.`;
    return { target: 'ticket', ticketId: ticket.id, ticketNumber: ticket.number, nextOpening: opening, text };
  }

  private async ticket(request: HandoffRequest): Promise<{ id: string; number: number }> {
    const zh = request.locale === 'zh-CN';
    const subject = {
      security_incident: zh ? '安全事件：账户可能被盗或有陌生交易' : 'Security: possible account takeover or unrecognised transaction',
      complaint: zh ? '客户投诉(来自机器人对话)' : 'Complaint (from a bot conversation)',
      requested: zh ? '客户要求人工服务' : 'Customer asked for a person',
      low_confidence: zh ? '机器人未能解答的问题' : 'Question the bot could not answer',
    }[request.reason];
    const ticket = await this.openTicket.execute({
      requester: request.customerId ? { kind: 'customer', id: request.customerId } : { kind: 'system' },
      subject,
      body: request.transcript.join('\n'),
      priority: PRIORITY[request.reason],
      channel: 'bot',
      language: request.locale,
    });
    return { id: ticket.id, number: Number(ticket.number) };
  }

  now(): Date {
    return this.clock.now();
  }
}
