import { Injectable } from '@nestjs/common';
import { Locale } from '@okpay/contracts';
import { ChatQueue } from '@okpay/routing';
import { OpenTicketUseCase, TicketPriority } from '@okpay/tickets';
import { Clock } from '@okpay/shared';
import { dateTime } from '../answers/locale-format';
import { botMessage } from '../messages/bot-messages';
import { HandoffReason } from './handoff-policy';

export interface HandoffRequest {
  readonly conversationId: string;
  /** The conversation's first message asks for the handoff. */
  readonly isNewConversation?: boolean;
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
    const { locale } = request;
    const urgentTicket = request.reason === 'security_incident' ? await this.ticket(request) : undefined;
    if (request.channelRoutes) {
      const text = urgentTicket
        ? botMessage(locale, 'handoff.fetchingPersonWithUrgentTicket', { ticketNumber: urgentTicket.number })
        : botMessage(locale, 'handoff.fetchingPerson');
      return { target: 'chat_queue', position: 0, ticketId: urgentTicket?.id, text };
    }
    const admission = await this.chatQueue.request({
      conversationId: request.conversationId,
      isNew: request.isNewConversation,
      customerId: request.customerId ?? undefined,
      language: locale,
      topic: request.topic,
    });
    if (admission.admitted) {
      const { position, estimatedWaitSeconds } = admission;
      const queued =
        estimatedWaitSeconds !== undefined
          ? botMessage(locale, 'handoff.queuedWithWait', { position, waitMinutes: Math.max(1, Math.ceil(estimatedWaitSeconds / 60)) })
          : botMessage(locale, 'handoff.queued', { position });
      const text = urgentTicket ? `${queued}\n${botMessage(locale, 'handoff.urgentTicketOpened', { ticketNumber: urgentTicket.number })}` : queued;
      return { target: 'chat_queue', position, estimatedWaitSeconds, ticketId: urgentTicket?.id, text };
    }

    const ticket = urgentTicket ?? (await this.ticket(request));
    const opening = admission.nextOpening;
    const text = opening
      ? botMessage(locale, 'handoff.ticketOpenedUntil', { opening: dateTime(opening, locale), ticketNumber: ticket.number })
      : botMessage(locale, 'handoff.ticketOpened', { ticketNumber: ticket.number });
    return { target: 'ticket', ticketId: ticket.id, ticketNumber: ticket.number, nextOpening: opening, text };
  }

  private async ticket(request: HandoffRequest): Promise<{ id: string; number: number }> {
    const ticket = await this.openTicket.execute({
      requester: request.customerId ? { kind: 'customer', id: request.customerId } : { kind: 'system' },
      subject: botMessage(request.locale, `handoff.ticketSubject.${request.reason}`),
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
