import { Inject, Logger } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import { AgentDirectory, InvalidTokenError, PrincipalAuthenticator } from '@okpay/auth';
import { AGENT_NAMESPACE, AgentClientToServerEvents, ApiErrorCode, CHAT_EVENTS, COLLISION_EVENTS, OkAck } from '@okpay/contracts';
import { AgentPresenceService, ChatQueue } from '@okpay/routing';
import { APP_CONFIG, AppConfig, Clock, DomainError } from '@okpay/shared';
import { Conversations } from '@okpay/tickets';
import { AgentCollisions } from '../collision/agent-collisions';
import { CollisionAnnouncementPayload } from '../collision/collision-announcement.payload';
import { rateLimitIdentity } from '../limits/rate-limit-identity';
import { RateLimits } from '../limits/rate-limits';
import { AgentChat, ChatAgent } from './agent-chat';
import { assertAgentSocketOrigin } from './agent-socket-origin';
import { ChatSocketHub } from './chat-socket-hub';
import { AgentNamespace, AgentSocket } from './chat-sockets';
import { SocketBudgets } from './socket-budgets';
import { socketClientAddress } from './socket-client-address';
import { toHandshakeError } from './socket-error-mapping';
import { routeSocketEvents } from './socket-event-router';
import {
  AgentMessageSendPayload,
  AgentReadPayload,
  AgentTypingPayload,
  ConversationRefPayload,
  parsePayload,
  readAgentLastSeqs,
  WatchConversationPayload,
} from './socket-payloads';

/** socket.io pings every 25 s; a heartbeat to routing at most this often is plenty for its 60 s timeout. */
const HEARTBEAT_EVERY_MS = 20_000;

interface AgentSocketData {
  agent: ChatAgent;
  lastSeqs: Map<string, number>;
}

const OK: OkAck = { ok: true };

/**
 * `/agent`: a connected agent is online; only pages of this app may connect (see `assertAgentSocketOrigin`). Presence follows the connection: online at connect,
 * a routing heartbeat on socket.io's own pings (or `agent:heartbeat`), and offline only through
 * routing's durable heartbeat-timeout job, which also requeues their chats.
 */
@WebSocketGateway({ namespace: AGENT_NAMESPACE, cors: { origin: '*' } })
export class AgentGateway implements OnGatewayInit<AgentNamespace>, OnGatewayConnection<AgentSocket> {
  private readonly logger = new Logger(AgentGateway.name);
  private readonly lastHeartbeat = new Map<string, number>();

  constructor(
    private readonly authenticator: PrincipalAuthenticator,
    private readonly agents: AgentDirectory,
    private readonly presence: AgentPresenceService,
    private readonly queue: ChatQueue,
    private readonly conversations: Conversations,
    private readonly hub: ChatSocketHub,
    private readonly chat: AgentChat,
    private readonly budgets: SocketBudgets,
    private readonly limits: RateLimits,
    private readonly collisions: AgentCollisions,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  afterInit(namespace: AgentNamespace): void {
    this.hub.attachAgents(namespace);
    namespace.use((socket, next) => {
      this.authenticate(socket).then(
        () => next(),
        (error: unknown) => next(toHandshakeError(error)),
      );
    });
  }

  handleConnection(socket: AgentSocket): void {
    const { agent } = socket.data as AgentSocketData;
    this.hub.joinAgentRoom(socket, agent.id);
    this.collisions.attach(socket, agent);
    const limiter = this.budgets.for(rateLimitIdentity({ kind: 'agent', id: agent.id }), {
      burst: this.config.chatEventBurst * 2,
      perMinute: this.config.chatEventsPerMinute * 2,
    });
    routeSocketEvents<AgentClientToServerEvents>(
      socket,
      {
        [CHAT_EVENTS.messageSend]: { handle: (payload) => this.chat.send(agent, parsePayload(AgentMessageSendPayload, payload)) },
        [CHAT_EVENTS.accept]: {
          handle: async (payload, context) => {
            const { conversationId } = parsePayload(ConversationRefPayload, payload);
            await this.chat.accept(agent, conversationId);
            // Acknowledged first; then the history, then live messages.
            context.afterAck(() => this.hub.followAsAgent(agent.id, conversationId));
            return OK;
          },
        },
        [CHAT_EVENTS.watch]: {
          handle: async (payload, context) => {
            const { conversationId, lastSeq } = parsePayload(WatchConversationPayload, payload);
            await this.conversations.get(conversationId);
            context.afterAck(() => this.hub.follow(socket, 'agent', conversationId, lastSeq ?? 0));
            return OK;
          },
        },
        [CHAT_EVENTS.transfer]: {
          handle: async (payload) => {
            await this.chat.transfer(agent, parsePayload(ConversationRefPayload, payload).conversationId);
            return OK;
          },
        },
        [CHAT_EVENTS.close]: {
          handle: async (payload) => {
            await this.chat.close(agent, parsePayload(ConversationRefPayload, payload).conversationId);
            return OK;
          },
        },
        [CHAT_EVENTS.typing]: {
          cost: 0.1,
          handle: async (payload) => {
            const { conversationId, isTyping } = parsePayload(AgentTypingPayload, payload);
            this.requireFollowing(socket, conversationId);
            this.chat.typing(agent, conversationId, isTyping);
          },
        },
        [CHAT_EVENTS.messageRead]: {
          cost: 0.2,
          handle: async (payload) => {
            const { conversationId, seq } = parsePayload(AgentReadPayload, payload);
            this.requireFollowing(socket, conversationId);
            await this.chat.read(conversationId, seq);
          },
        },
        [COLLISION_EVENTS.announce]: {
          cost: 0.1,
          handle: async (payload) => this.collisions.announce(socket, parsePayload(CollisionAnnouncementPayload, payload)),
        },
        [CHAT_EVENTS.heartbeat]: {
          cost: 0.1,
          handle: async () => {
            await this.presence.heartbeat(agent.id);
            return OK;
          },
        },
      },
      limiter,
      this.logger,
    );
    socket.conn.on('heartbeat', () => this.pingHeartbeat(agent.id));
    void this.comeOnline(socket).catch((error: unknown) => this.logger.error({ err: error }, 'agent connect failed'));
  }

  private async authenticate(socket: AgentSocket): Promise<void> {
    assertAgentSocketOrigin(socket.handshake.headers.origin, socket.handshake.headers.host, this.config.publicUrl);
    const auth = (socket.handshake.auth ?? {}) as Record<string, unknown>;
    const principal = (await this.authenticator.authenticate(typeof auth.token === 'string' ? auth.token : undefined, { kinds: ['agent'] }))!;
    await this.limits.consume('socket_connect', { address: socketClientAddress(socket, this.config.trustProxy), identity: rateLimitIdentity(principal) });
    const agent = await this.agents.findActiveById(principal.id);
    if (!agent) throw new InvalidTokenError();
    const data: AgentSocketData = { agent: { id: agent.id, name: agent.name }, lastSeqs: readAgentLastSeqs(auth) };
    Object.assign(socket.data, data);
  }

  /** Online (unless the agent chose away), their pending offers again, and the chats they own, from where the inbox stands. */
  private async comeOnline(socket: AgentSocket): Promise<void> {
    const { agent, lastSeqs } = socket.data as AgentSocketData;
    this.lastHeartbeat.set(agent.id, this.clock.now().getTime());
    const profile = await this.presence.profile(agent.id);
    if (profile.presence === 'offline') await this.presence.setPresence(agent.id, 'online');
    else await this.presence.heartbeat(agent.id);
    for (const entry of await this.queue.agentChats(agent.id)) {
      if (entry.status === 'offered') {
        socket.emit(CHAT_EVENTS.offered, { conversationId: entry.conversationId, expiresAt: entry.offerExpiresAt!.toISOString() });
      } else {
        await this.hub.follow(socket, 'agent', entry.conversationId, lastSeqs.get(entry.conversationId) ?? 0);
      }
    }
  }

  private pingHeartbeat(agentId: string): void {
    const now = this.clock.now().getTime();
    if (now - (this.lastHeartbeat.get(agentId) ?? 0) < HEARTBEAT_EVERY_MS) return;
    this.lastHeartbeat.set(agentId, now);
    this.presence.heartbeat(agentId).catch((error: unknown) => this.logger.error({ err: error }, 'agent heartbeat failed'));
  }

  private requireFollowing(socket: AgentSocket, conversationId: string): void {
    if (!this.hub.follows(socket, conversationId)) {
      throw new DomainError<ApiErrorCode>('conversation_not_followed', 'Accept or watch the conversation first.');
    }
  }
}
