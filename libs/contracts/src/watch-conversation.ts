import { ConversationRef } from './chat';

/** `/agent` `conversation:watch`: follow a conversation from `lastSeq` on (default: its whole history). */
export interface WatchConversation extends ConversationRef {
  lastSeq?: number;
}
