import { AgentMessageSend, AgentPresenceChanged, CHAT_EVENTS, ConversationOffered, ConversationRef, MessageAck, OkAck, ReadReceipt, TicketsChanged, TypingEvent } from './chat';
import { CollisionClientToServerEvents, CollisionServerToClientEvents } from './collision-events';
import { ConversationServerToClientEvents } from './conversation-socket-events';
import { SocketAck } from './socket-ack';
import { WatchConversation } from './watch-conversation';

/** `/agent`, server → inbox (socket.io's typed `ServerToClientEvents` for that namespace). */
export interface AgentServerToClientEvents extends ConversationServerToClientEvents, CollisionServerToClientEvents {
  [CHAT_EVENTS.offered]: (offer: ConversationOffered) => void;
  [CHAT_EVENTS.offerWithdrawn]: (offer: ConversationRef) => void;
  [CHAT_EVENTS.ticketsChanged]: (change: TicketsChanged) => void;
  [CHAT_EVENTS.presenceChanged]: (change: AgentPresenceChanged) => void;
}

/**
 * `/agent`, inbox → server (socket.io's typed `ClientToServerEvents` for that namespace). Every
 * event may carry an acknowledgement; typing, read receipts and heartbeats are usually sent without one.
 */
export interface AgentClientToServerEvents extends CollisionClientToServerEvents {
  [CHAT_EVENTS.messageSend]: (message: AgentMessageSend, ack: SocketAck<MessageAck>) => void;
  [CHAT_EVENTS.accept]: (conversation: ConversationRef, ack: SocketAck<OkAck>) => void;
  [CHAT_EVENTS.watch]: (conversation: WatchConversation, ack: SocketAck<OkAck>) => void;
  [CHAT_EVENTS.transfer]: (conversation: ConversationRef, ack: SocketAck<OkAck>) => void;
  [CHAT_EVENTS.close]: (conversation: ConversationRef, ack: SocketAck<OkAck>) => void;
  [CHAT_EVENTS.typing]: (event: Required<Pick<TypingEvent, 'conversationId' | 'isTyping'>>, ack?: SocketAck<OkAck>) => void;
  [CHAT_EVENTS.messageRead]: (receipt: Required<Pick<ReadReceipt, 'conversationId' | 'seq'>>, ack?: SocketAck<OkAck>) => void;
  /** The payload is ignored; socket.io's own pings count as heartbeats too. */
  [CHAT_EVENTS.heartbeat]: (payload: Record<string, never>, ack?: SocketAck<OkAck>) => void;
}
