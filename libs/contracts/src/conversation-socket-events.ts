import { CHAT_EVENTS, ChatErrorEvent, ConversationClosed, ReadReceipt, TypingEvent } from './chat';
import { ChatMessage } from './views/chat-message';

/** Server → client events both namespaces (`/widget` and `/agent`) send about a conversation. */
export interface ConversationServerToClientEvents {
  /** Every stored message after the socket's last seq, once each and in seq order. */
  [CHAT_EVENTS.messageNew]: (message: ChatMessage) => void;
  [CHAT_EVENTS.typing]: (event: TypingEvent) => void;
  [CHAT_EVENTS.messageRead]: (receipt: ReadReceipt) => void;
  [CHAT_EVENTS.conversationClosed]: (closed: ConversationClosed) => void;
  /** A failed client event that had no acknowledgement callback. */
  [CHAT_EVENTS.chatError]: (error: ChatErrorEvent) => void;
}
