import {
  CallbackRequestAck,
  CallbackRequestEvent,
  CHAT_EVENTS,
  ConversationSession,
  CsatSubmit,
  HandoffUnavailable,
  LeaveMessage,
  LeaveMessageAck,
  MessageAck,
  OkAck,
  QueueUpdate,
  ReadReceipt,
  TypingEvent,
  WidgetMessageSend,
} from './chat';
import { ConversationServerToClientEvents } from './conversation-socket-events';
import { SocketAck } from './socket-ack';

/** `/widget`, server → widget (socket.io's typed `ServerToClientEvents` for that namespace). */
export interface WidgetServerToClientEvents extends ConversationServerToClientEvents {
  /** Right after connecting, before the replay of missed messages. */
  [CHAT_EVENTS.session]: (session: ConversationSession) => void;
  [CHAT_EVENTS.queueUpdate]: (update: QueueUpdate) => void;
  [CHAT_EVENTS.handoffUnavailable]: (unavailable: HandoffUnavailable) => void;
}

/**
 * `/widget`, widget → server (socket.io's typed `ClientToServerEvents` for that namespace). Every
 * event may carry an acknowledgement; typing and read receipts are usually sent without one.
 */
export interface WidgetClientToServerEvents {
  [CHAT_EVENTS.messageSend]: (message: WidgetMessageSend, ack: SocketAck<MessageAck>) => void;
  [CHAT_EVENTS.typing]: (event: Pick<TypingEvent, 'isTyping'>, ack?: SocketAck<OkAck>) => void;
  [CHAT_EVENTS.messageRead]: (receipt: Pick<ReadReceipt, 'seq'>, ack?: SocketAck<OkAck>) => void;
  [CHAT_EVENTS.csatSubmit]: (rating: CsatSubmit, ack: SocketAck<OkAck>) => void;
  [CHAT_EVENTS.leaveMessage]: (message: LeaveMessage, ack: SocketAck<LeaveMessageAck>) => void;
  [CHAT_EVENTS.requestCallback]: (request: CallbackRequestEvent, ack: SocketAck<CallbackRequestAck>) => void;
}
