import { Inject, Logger } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayDisconnect, OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import { PrincipalAuthenticator, WIDGET_ACCESS } from '@okpay/auth';
import { ConversationSession, WidgetClientToServerEvents, CHAT_EVENTS, WIDGET_NAMESPACE } from '@okpay/contracts';
import { ChatQueue } from '@okpay/routing';
import { APP_CONFIG, AppConfig } from '@okpay/shared';
import { ConversationOwner, Conversations } from '@okpay/tickets';
import { phoneSubject } from '../limits/phone-subject';
import { rateLimitIdentity } from '../limits/rate-limit-identity';
import { RateLimits } from '../limits/rate-limits';
import { ChatHandoff } from './chat-handoff';
import { ChatSocketHub } from './chat-socket-hub';
import { WidgetNamespace, WidgetSocket } from './chat-sockets';
import { ChatConversation, ChatCustomer, CustomerChat } from './customer-chat';
import { QueueUpdates } from './queue-updates';
import { SocketBudgets } from './socket-budgets';
import { socketClientAddress } from './socket-client-address';
import { toHandshakeError } from './socket-error-mapping';
import { routeSocketEvents, SocketEventRoutes } from './socket-event-router';
import {
  CallbackRequestPayload,
  CsatPayload,
  LeaveMessagePayload,
  parsePayload,
  readWidgetHandshake,
  WidgetMessageSendPayload,
  WidgetReadPayload,
  WidgetTypingPayload,
} from './socket-payloads';

/** What a widget socket keeps while connected: thousands are held at once, so only what its events need. */
interface WidgetSocketData {
  customer: ChatCustomer;
  /** Rate limits count for these. */
  address: string;
  identity: string;
  conversation: ChatConversation;
  lastSeq: number;
  /** The conversation as the handshake found it, sent once as `conversation:session` and then dropped. */
  opening?: ConversationSession;
}

/**
 * `/widget`: customers and visitors, each in their own conversation. The token is checked at the
 * handshake (so again on every reconnect); a bad one is refused with `connect_error` whose
 * `data.code` says why.
 */
// Any site may embed the widget; tokens travel in the handshake, never in cookies.
@WebSocketGateway({ namespace: WIDGET_NAMESPACE, cors: { origin: '*' } })
export class WidgetGateway implements OnGatewayInit<WidgetNamespace>, OnGatewayConnection<WidgetSocket>, OnGatewayDisconnect<WidgetSocket> {
  private readonly logger = new Logger(WidgetGateway.name);
  /** Shared by every widget socket: each event reads its socket's own state from the context's session. */
  private readonly routes: SocketEventRoutes<WidgetClientToServerEvents, WidgetSocketData> = {
    [CHAT_EVENTS.messageSend]: {
      handle: async (payload, { session, afterAck }) => {
        const { customer, conversation, address, identity } = session;
        const personOwned = await this.handoff.admit(conversation.id, { address, identity });
        const sent = await this.chat.send(customer, conversation, parsePayload(WidgetMessageSendPayload, payload));
        if (sent.created && !personOwned) afterAck(() => this.handoff.customerWrote(conversation, sent.stored));
        return sent.ack;
      },
    },
    [CHAT_EVENTS.typing]: {
      cost: 0.1,
      handle: async (payload, { session }) => this.chat.typing(session.conversation.id, parsePayload(WidgetTypingPayload, payload).isTyping),
    },
    [CHAT_EVENTS.messageRead]: {
      cost: 0.2,
      handle: (payload, { session }) => this.chat.read(session.conversation.id, parsePayload(WidgetReadPayload, payload).seq),
    },
    [CHAT_EVENTS.csatSubmit]: { handle: (payload, { session }) => this.chat.rate(session.conversation.id, parsePayload(CsatPayload, payload)) },
    [CHAT_EVENTS.leaveMessage]: {
      handle: async (payload, { session }) => {
        const message = parsePayload(LeaveMessagePayload, payload);
        // A left message opens a ticket: the same limits as POST /tickets.
        await this.limits.consume('ticket_create', { address: session.address, identity: session.identity });
        return this.chat.leaveMessage(session.customer, await this.conversations.get(session.conversation.id), message);
      },
    },
    [CHAT_EVENTS.requestCallback]: {
      handle: async (payload, { session }) => {
        const request = parsePayload(CallbackRequestPayload, payload);
        await this.limits.consume('callback_request', { address: session.address, identity: session.identity, phone: phoneSubject(request.phone) });
        return this.chat.requestCallback(session.customer, session.conversation, request);
      },
    },
  };

  constructor(
    private readonly authenticator: PrincipalAuthenticator,
    private readonly conversations: Conversations,
    private readonly hub: ChatSocketHub,
    private readonly chat: CustomerChat,
    private readonly handoff: ChatHandoff,
    private readonly queue: ChatQueue,
    private readonly queueUpdates: QueueUpdates,
    private readonly budgets: SocketBudgets,
    private readonly limits: RateLimits,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  afterInit(namespace: WidgetNamespace): void {
    this.hub.attachWidgets(namespace);
    namespace.use((socket, next) => {
      this.authenticate(socket).then(
        () => next(),
        (error: unknown) => next(toHandshakeError(error)),
      );
    });
  }

  handleConnection(socket: WidgetSocket): void {
    const session = socket.data as WidgetSocketData;
    const { conversation, lastSeq, identity } = session;
    const limiter = this.budgets.for(identity, { burst: this.config.chatEventBurst, perMinute: this.config.chatEventsPerMinute });
    routeSocketEvents(socket, this.routes, limiter, this.logger, session);
    socket.emit(CHAT_EVENTS.session, session.opening!);
    session.opening = undefined;
    void this.hub.follow(socket, 'widget', conversation.id, lastSeq).catch((error: unknown) => this.logger.error({ err: error }, 'widget replay failed'));
    void this.backInLine(conversation.id).catch((error: unknown) => this.logger.error({ err: error }, 'widget queue rejoin failed'));
  }

  async handleDisconnect(socket: WidgetSocket): Promise<void> {
    const data = socket.data as Partial<WidgetSocketData>;
    if (!data.conversation || (await this.hub.widgetConnected(data.conversation.id))) return;
    // Their place in line is kept for a grace period (a durable job), in case they come back.
    await this.queue.disconnected(data.conversation.id).catch((error: unknown) => this.logger.error({ err: error }, 'queue disconnect failed'));
  }

  private async authenticate(socket: WidgetSocket): Promise<void> {
    const handshake = readWidgetHandshake((socket.handshake.auth ?? {}) as Record<string, unknown>);
    const principal = (await this.authenticator.authenticate(handshake.token, WIDGET_ACCESS))!;
    const address = socketClientAddress(socket, this.config.trustProxy);
    const identity = rateLimitIdentity(principal);
    // Counted in PostgreSQL, so connecting again (to any process) does not buy a fresh budget.
    await this.limits.consume('socket_connect', { address, identity });
    const owner: ConversationOwner =
      principal.kind === 'visitor' ? { kind: 'visitor', id: principal.id, conversationId: principal.conversationId } : { kind: 'customer', id: principal.id };
    const conversation = await this.conversations.forOwner(owner, handshake.locale);
    const data: WidgetSocketData = {
      customer: { kind: principal.kind === 'visitor' ? 'visitor' : 'customer', id: principal.id },
      address,
      identity,
      conversation: { id: conversation.id, locale: conversation.locale, customerId: conversation.customerId },
      lastSeq: handshake.lastSeq,
      opening: {
        conversationId: conversation.id,
        status: conversation.status,
        locale: conversation.locale,
        lastSeq: conversation.lastSeq,
        agentReadSeq: conversation.agentReadSeq,
      },
    };
    Object.assign(socket.data, data);
  }

  /** A customer who comes back while waiting for a person takes up their place again. */
  private async backInLine(conversationId: string): Promise<void> {
    const entry = await this.queue.current(conversationId);
    if (!entry || entry.status === 'assigned') return;
    await this.queue.reconnected(conversationId);
    await this.queueUpdates.watch(conversationId);
  }
}
