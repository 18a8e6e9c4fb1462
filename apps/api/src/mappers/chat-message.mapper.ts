import { AttachmentView, ChatMessage } from '@okpay/contracts';
import { ChatAttachmentRecord, StoredChatMessage } from '@okpay/tickets';

export type ChatAudience = 'widget' | 'agent';

export function toAttachmentView(attachment: ChatAttachmentRecord): AttachmentView {
  return {
    id: attachment.id,
    fileName: attachment.fileName,
    contentType: attachment.contentType,
    size: attachment.size,
    url: `/api/v1/chat/attachments/${attachment.id}`,
  };
}

/** `message:new` as the audience may see it: agents learn which messages are notes, widgets never get notes. */
export function toChatMessage({ message, attachment }: StoredChatMessage, audience: ChatAudience): ChatMessage {
  return {
    id: message.id,
    seq: message.seq,
    conversationId: message.conversationId,
    author: { type: message.authorType, ...(message.authorName ? { name: message.authorName } : {}) },
    text: message.body,
    createdAt: new Date(message.createdAt).toISOString(),
    ...(attachment ? { attachment: toAttachmentView(attachment) } : {}),
    ...(message.quickReplies?.length ? { quickReplies: message.quickReplies } : {}),
    ...(audience === 'agent' ? { internal: message.internal } : {}),
  };
}
