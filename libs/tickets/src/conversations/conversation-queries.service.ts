import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ChatAttachmentEntity } from './chat-attachment.entity';
import { ConversationMessageEntity } from './conversation-message.entity';
import { ConversationMessageRecord } from './conversation-message.record';
import { ChatAttachmentRecord } from './chat-attachment.record';

export interface StoredChatMessage {
  readonly message: ConversationMessageRecord;
  readonly attachment: ChatAttachmentRecord | null;
}

export interface MessagesAfter {
  readonly items: StoredChatMessage[];
  /** The conversation's highest seq when read (internal notes included): where a reader now stands. */
  readonly lastSeq: number;
  /** False when the limit cut the page short: read again from `lastSeq`. */
  readonly complete: boolean;
}

export interface MessagesAfterOptions {
  /** Internal notes too (agents only). */
  readonly includeInternal: boolean;
  readonly limit?: number;
}

/** Reading conversation history: replays after reconnects, the inbox's history. */
@Injectable()
export class ConversationQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Messages with seq > `afterSeq`, oldest first. */
  async messagesAfter(conversationId: string, afterSeq: number, options: MessagesAfterOptions): Promise<MessagesAfter> {
    const limit = options.limit ?? 1000;
    const rows: (ConversationMessageEntity & { attachment: ChatAttachmentEntity | null; conversationLastSeq: number })[] = await this.dataSource.query(
      `SELECT m.id, m.conversation_id AS "conversationId", m.seq, m.author_type AS "authorType", m.author_id AS "authorId",
              m.author_name AS "authorName", m.client_id AS "clientId", m.body, m.internal, m.attachment_id AS "attachmentId",
              m.quick_replies AS "quickReplies", m.created_at AS "createdAt", c.last_seq AS "conversationLastSeq",
              CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object(
                'id', a.id, 'conversationId', a.conversation_id, 'uploaderType', a.uploader_type, 'uploaderId', a.uploader_id,
                'fileName', a.file_name, 'contentType', a.content_type, 'size', a.size, 'createdAt', a.created_at) END AS attachment
       FROM conversations c
       LEFT JOIN conversation_messages m ON m.conversation_id = c.id AND m.seq > $2 AND ($3 OR NOT m.internal)
       LEFT JOIN chat_attachments a ON a.id = m.attachment_id
       WHERE c.id = $1
       ORDER BY m.seq
       LIMIT $4`,
      [conversationId, afterSeq, options.includeInternal, limit],
    );
    if (rows.length === 0) return { items: [], lastSeq: afterSeq, complete: true };
    const items = rows
      .filter((row) => row.id !== null)
      .map(({ attachment, conversationLastSeq: _ignored, ...message }) => ({
        message,
        attachment: attachment ? { ...attachment, createdAt: new Date(attachment.createdAt) } : null,
      }));
    // A page cut short by the limit stands at its last item, not at the end of the conversation.
    const complete = items.length < limit;
    const lastSeq = complete ? Math.max(afterSeq, rows[0].conversationLastSeq) : items[items.length - 1].message.seq;
    return { items, lastSeq, complete };
  }

  /** The latest message of each conversation that customers can see. */
  async lastMessages(conversationIds: readonly string[]): Promise<Map<string, StoredChatMessage>> {
    if (conversationIds.length === 0) return new Map();
    const rows: ConversationMessageEntity[] = await this.dataSource.query(
      `SELECT DISTINCT ON (conversation_id) id, conversation_id AS "conversationId", seq, author_type AS "authorType",
              author_id AS "authorId", author_name AS "authorName", client_id AS "clientId", body, internal,
              attachment_id AS "attachmentId", quick_replies AS "quickReplies", created_at AS "createdAt"
       FROM conversation_messages WHERE conversation_id = ANY($1::uuid[]) AND NOT internal
       ORDER BY conversation_id, seq DESC`,
      [conversationIds],
    );
    return new Map(rows.map((message) => [message.conversationId, { message, attachment: null }]));
  }
}
