import { Injectable } from '@nestjs/common';
import { AgentServerToClientEvents, WidgetServerToClientEvents } from '@okpay/contracts';
import { EventBus } from '@okpay/database';
import { ConversationQueries, StoredChatMessage } from '@okpay/tickets';
import { ChatAudience } from '../mappers/chat-message.mapper';
import { AgentNamespace, AgentSocket, ChatSocket, WidgetNamespace, WidgetSocket } from './chat-sockets';
import { ConversationFeed } from './conversation-feed';

/** What a connected socket carries (socket.data). */
export interface ChatSocketData {
  /** Conversation id → the socket's ordered feed of it. */
  feeds: Map<string, ConversationFeed>;
}

const conversationRoom = (conversationId: string) => `conversation:${conversationId}`;
const agentRoom = (agentId: string) => `agent:${agentId}`;

/**
 * The two namespaces and who is in which room: widget sockets in their conversation's room,
 * agent sockets in their own room and in the rooms of conversations they follow. Widget and agent
 * rooms live in different namespaces, so nothing sent to agents can reach a widget.
 *
 * Across processes (a shared database): broadcasts to rooms go through socket.io's PostgreSQL
 * adapter; messages do not travel that way. A process that stored a message tells the others the
 * conversation's new `seq` on the event bus, and their feeds read it from the database, so every
 * socket still gets each message once and in order, and a lost notification only delays it.
 */
@Injectable()
export class ChatSocketHub {
  private widget?: WidgetNamespace;
  private agent?: AgentNamespace;

  constructor(
    private readonly queries: ConversationQueries,
    private readonly events: EventBus,
  ) {}

  attachWidgets(namespace: WidgetNamespace): void {
    this.widget = namespace;
  }

  attachAgents(namespace: AgentNamespace): void {
    this.agent = namespace;
  }

  /** A stored message, after commit, to every socket following its conversation. */
  deliver(stored: StoredChatMessage): void {
    const { conversationId, seq } = stored.message;
    for (const socket of this.socketsFollowing(conversationId)) feedsOf(socket).get(conversationId)?.offer(stored);
    this.events.publishToOthers('chat.reached-seq', { conversationId, seq });
  }

  /** Another process stored the conversation's messages up to `seq`: this process's feeds read what they lack. */
  reachedSeq(conversationId: string, seq: number): void {
    for (const socket of this.socketsFollowing(conversationId)) feedsOf(socket).get(conversationId)?.reached(seq);
  }

  /** The socket follows the conversation from `lastSeq` on: the missed messages first, then live ones. */
  follow(socket: ChatSocket, audience: ChatAudience, conversationId: string, lastSeq: number): Promise<void> {
    const feeds = feedsOf(socket);
    const existing = feeds.get(conversationId);
    if (existing) return existing.start();
    const feed = new ConversationFeed(socket, conversationId, lastSeq, audience, (id, afterSeq) =>
      this.queries.messagesAfter(id, afterSeq, { includeInternal: audience === 'agent' }),
    );
    feeds.set(conversationId, feed);
    // Joined before reading history, so nothing stored in between is missed (the feed orders both).
    void socket.join(conversationRoom(conversationId));
    return feed.start();
  }

  /** All of an agent's sockets, in every process, follow the conversation (after they accepted it). */
  async followAsAgent(agentId: string, conversationId: string): Promise<void> {
    this.events.publishToOthers('chat.agent-followed', { agentId, conversationId });
    await this.followAsAgentHere(agentId, conversationId);
  }

  async followAsAgentHere(agentId: string, conversationId: string): Promise<void> {
    await Promise.all(this.socketsIn(this.agent, agentRoom(agentId)).map((socket) => this.follow(socket, 'agent', conversationId, 0)));
  }

  unfollowAsAgent(agentId: string, conversationId: string): void {
    this.events.publishToOthers('chat.agent-unfollowed', { agentId, conversationId });
    this.unfollowAsAgentHere(agentId, conversationId);
  }

  unfollowAsAgentHere(agentId: string, conversationId: string): void {
    for (const socket of this.socketsIn(this.agent, agentRoom(agentId))) {
      feedsOf(socket).delete(conversationId);
      void socket.leave(conversationRoom(conversationId));
    }
  }

  /** Closes the agent's sockets held by this process (every process does so for a deactivated agent). */
  disconnectAgentHere(agentId: string): void {
    this.agent?.local.in(agentRoom(agentId)).disconnectSockets(true);
  }

  joinAgentRoom(socket: AgentSocket, agentId: string): void {
    void socket.join(agentRoom(agentId));
  }

  follows(socket: ChatSocket, conversationId: string): boolean {
    return feedsOf(socket).has(conversationId);
  }

  toWidgets<Event extends keyof WidgetServerToClientEvents>(conversationId: string, event: Event, ...payload: Parameters<WidgetServerToClientEvents[Event]>): void {
    this.widget?.to(conversationRoom(conversationId)).emit(event, ...payload);
  }

  toConversationAgents<Event extends keyof AgentServerToClientEvents>(conversationId: string, event: Event, ...payload: Parameters<AgentServerToClientEvents[Event]>): void {
    this.agent?.to(conversationRoom(conversationId)).emit(event, ...payload);
  }

  toAgent<Event extends keyof AgentServerToClientEvents>(agentId: string, event: Event, ...payload: Parameters<AgentServerToClientEvents[Event]>): void {
    this.agent?.to(agentRoom(agentId)).emit(event, ...payload);
  }

  /** To every agent's sockets, in every process (through the adapter). */
  toAllAgents<Event extends keyof AgentServerToClientEvents>(event: Event, ...payload: Parameters<AgentServerToClientEvents[Event]>): void {
    this.agent?.emit(event, ...payload);
  }

  /** To the agent's sockets in this process only: for events every process hears and acts on. */
  toAgentHere<Event extends keyof AgentServerToClientEvents>(agentId: string, event: Event, ...payload: Parameters<AgentServerToClientEvents[Event]>): void {
    this.agent?.local.to(agentRoom(agentId)).emit(event, ...payload);
  }

  /**
   * Whether a widget socket of the conversation is connected, to this process or any other. When
   * the other processes do not all answer (one just died, until the adapter stops counting it),
   * only this process's sockets are counted.
   */
  async widgetConnected(conversationId: string): Promise<boolean> {
    if (!this.widget) return false;
    const room = conversationRoom(conversationId);
    try {
      return (await this.widget.in(room).fetchSockets()).length > 0;
    } catch {
      return (this.widget.adapter.rooms.get(room)?.size ?? 0) > 0;
    }
  }

  agentConnected(agentId: string): boolean {
    return (this.agent?.adapter.rooms.get(agentRoom(agentId))?.size ?? 0) > 0;
  }

  private socketsFollowing(conversationId: string): ChatSocket[] {
    const room = conversationRoom(conversationId);
    return [...this.socketsIn(this.widget, room), ...this.socketsIn(this.agent, room)];
  }

  private socketsIn(namespace: WidgetNamespace | undefined, room: string): WidgetSocket[];
  private socketsIn(namespace: AgentNamespace | undefined, room: string): AgentSocket[];
  private socketsIn(namespace: WidgetNamespace | AgentNamespace | undefined, room: string): ChatSocket[] {
    const ids = namespace?.adapter.rooms.get(room);
    if (!namespace || !ids) return [];
    const sockets: ReadonlyMap<string, ChatSocket> = namespace.sockets;
    return [...ids].map((id) => sockets.get(id)).filter((socket): socket is ChatSocket => socket !== undefined);
  }
}

function feedsOf(socket: ChatSocket): Map<string, ConversationFeed> {
  const data = socket.data as Partial<ChatSocketData>;
  data.feeds ??= new Map();
  return data.feeds;
}
