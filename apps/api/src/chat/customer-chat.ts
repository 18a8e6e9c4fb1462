import { Injectable } from '@nestjs/common';
import { ApiErrorCode, CallbackRequestAck, CHAT_EVENTS, LeaveMessageAck, MessageAck } from '@okpay/contracts';
import { ChatQueue, QueueCalendars, RequestCallbackUseCase } from '@okpay/routing';
import { Clock, DomainError } from '@okpay/shared';
import { ConversationRecord, Conversations, OpenTicketUseCase } from '@okpay/tickets';
import { ChatMessenger } from './chat-messenger';
import { ChatSocketHub } from './chat-socket-hub';
import { CHAT_TEXTS, formatInstant } from './chat-texts';
import { CallbackRequestPayload, CsatPayload, LeaveMessagePayload, WidgetMessageSendPayload } from './socket-payloads';

/** The customer side of a conversation: a signed-in customer, or a visitor session. */
export interface ChatCustomer {
  readonly kind: 'customer' | 'visitor';
  /** Customer id or visitor session id. */
  readonly id: string;
}

/** What a customer's connection keeps of their conversation: what stays the same while it is open. */
export type ChatConversation = Pick<ConversationRecord, 'id' | 'locale' | 'customerId'>;

export interface CustomerMessageResult {
  readonly ack: MessageAck;
  /** False for a resend of a message stored before. */
  readonly created: boolean;
}

/** What a customer does in their conversation, whatever the transport. */
@Injectable()
export class CustomerChat {
  constructor(
    private readonly messenger: ChatMessenger,
    private readonly conversations: Conversations,
    private readonly hub: ChatSocketHub,
    private readonly queue: ChatQueue,
    private readonly calendars: QueueCalendars,
    private readonly openTicket: OpenTicketUseCase,
    private readonly requestCallbackUseCase: RequestCallbackUseCase,
    private readonly clock: Clock,
  ) {}

  async send(customer: ChatCustomer, conversation: ChatConversation, payload: WidgetMessageSendPayload) {
    const posted = await this.messenger.post({
      conversationId: conversation.id,
      author: { type: 'customer', id: customer.id },
      clientId: payload.clientId,
      text: payload.text,
      attachmentId: payload.attachmentId,
    });
    return { ack: { id: posted.message.id, seq: posted.message.seq }, created: posted.created, stored: posted };
  }

  typing(conversationId: string, isTyping: boolean): void {
    this.hub.toConversationAgents(conversationId, CHAT_EVENTS.typing, { conversationId, isTyping, author: { type: 'customer' } });
  }

  async read(conversationId: string, seq: number): Promise<void> {
    const stored = await this.conversations.markRead(conversationId, 'customer', seq);
    this.hub.toConversationAgents(conversationId, CHAT_EVENTS.messageRead, { conversationId, seq: stored, reader: 'customer' });
  }

  rate(conversationId: string, payload: CsatPayload): Promise<void> {
    return this.conversations.rate(conversationId, payload.score, payload.comment);
  }

  /** Nobody can take the chat: the message becomes a ticket, and a callback is offered. */
  async leaveMessage(customer: ChatCustomer, conversation: ConversationRecord, payload: LeaveMessagePayload): Promise<LeaveMessageAck> {
    if (payload.text.trim() === '') throw new DomainError<ApiErrorCode>('empty_message', 'Please write a message.');
    if (conversation.ticketId) throw new DomainError<ApiErrorCode>('message_already_left', 'A message was already left in this conversation; we will answer it.');
    const body = payload.email ? `${payload.text}\n\n(reply to: ${payload.email})` : payload.text;
    const ticket = await this.openTicket.execute({
      requester: customer.kind === 'customer' ? { kind: 'customer', id: customer.id } : { kind: 'system' },
      ...(customer.kind === 'customer' ? {} : { email: payload.email }),
      subject: payload.text.trim().split('\n')[0].slice(0, 80),
      body,
      channel: 'chat',
      language: conversation.locale,
    });
    await this.conversations.linkTicket(conversation.id, ticket.id);
    await this.messenger.post({
      conversationId: conversation.id,
      author: { type: 'system', id: null },
      clientId: `ticket:${ticket.id}`,
      text: CHAT_TEXTS.ticketOpened[conversation.locale](ticket.number),
    });
    const hours = (await this.calendars.forQueue('callback')).status(this.clock.now());
    return {
      ticketId: ticket.id,
      ticketNumber: ticket.number,
      callbackOffer: { nextOpening: hours.open ? null : (hours.opensAt?.toISOString() ?? null) },
    };
  }

  /** A call back instead of waiting: a queued chat keeps its place as a callback. */
  async requestCallback(customer: ChatCustomer, conversation: ChatConversation, payload: CallbackRequestPayload): Promise<CallbackRequestAck> {
    const command = { phone: payload.phone, name: payload.name, topic: 'chat', locale: conversation.locale, timeZone: payload.timeZone };
    const waiting = (await this.queue.current(conversation.id))?.status === 'waiting';
    const callback = waiting
      ? await this.queue.convertToCallback(conversation.id, command)
      : await this.requestCallbackUseCase.execute({ ...command, ...(customer.kind === 'customer' ? { customerId: customer.id } : {}) });
    await this.messenger.post({
      conversationId: conversation.id,
      author: { type: 'system', id: null },
      clientId: `callback:${callback.id}`,
      // In the zone the customer is called in (theirs), so the chat and the widget say one time.
      text: CHAT_TEXTS.callbackScheduled[conversation.locale](formatInstant(callback.scheduledFor, conversation.locale, callback.timeZone)),
    });
    return { callbackId: callback.id, scheduledFor: callback.scheduledFor.toISOString() };
  }
}
