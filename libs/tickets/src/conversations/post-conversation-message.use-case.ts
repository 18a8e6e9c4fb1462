import { Injectable } from '@nestjs/common';
import { MAX_MESSAGE_LENGTH, MessageAuthorKind, QuickReply } from '@okpay/contracts';
import { Clock, DomainError, isUniqueViolation, maskSensitiveText } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ChatAttachmentEntity } from './chat-attachment.entity';
import { ConversationMessageEntity } from './conversation-message.entity';
import { ConversationEntity } from './conversation.entity';
import { AttachmentNotFoundError, ConversationClosedError, ConversationNotFoundError, EmptyMessageError } from './conversation.errors';

export interface MessageAuthor {
  readonly type: MessageAuthorKind;
  /** Customer, visitor session or agent id; null for the bot and the system. */
  readonly id: string | null;
  readonly name?: string | null;
}

export interface PostConversationMessageCommand {
  readonly conversationId: string;
  readonly author: MessageAuthor;
  /** The sender's idempotency key: the same key from the same author is stored once. */
  readonly clientId?: string;
  readonly text: string;
  readonly internal?: boolean;
  readonly attachmentId?: string;
  readonly quickReplies?: readonly QuickReply[];
}

export interface PostedConversationMessage {
  readonly message: ConversationMessageEntity;
  readonly attachment: ChatAttachmentEntity | null;
  /** False when the client id was seen before: `message` is the one stored then. */
  readonly created: boolean;
}

export class MessageTooLongError extends DomainError {
  constructor() {
    super('invalid_input', 'message_too_long', `Messages can be at most ${MAX_MESSAGE_LENGTH} characters.`, { maxLength: MAX_MESSAGE_LENGTH });
  }
}

const COLUMNS = `id, conversation_id AS "conversationId", seq, author_type AS "authorType", author_id AS "authorId",
  author_name AS "authorName", client_id AS "clientId", body, internal, attachment_id AS "attachmentId",
  quick_replies AS "quickReplies", created_at AS "createdAt"`;

/**
 * Stores a chat message. The next `seq` is taken by incrementing the conversation's counter in
 * the same statement that inserts the message, so the row lock orders writers, seq has no gaps
 * and no duplicates, and a message is stored completely or not at all. One round trip on the
 * common path: this runs for every chat message.
 */
@Injectable()
export class PostConversationMessageUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(command: PostConversationMessageCommand): Promise<PostedConversationMessage> {
    if (command.text.length > MAX_MESSAGE_LENGTH) throw new MessageTooLongError();
    if (command.text.trim() === '' && !command.attachmentId) throw new EmptyMessageError();
    const internal = command.internal ?? false;
    if (internal && command.author.type !== 'agent') throw new DomainError('forbidden', 'internal_note_not_allowed', 'Only agents write internal notes.');
    const attachment = command.attachmentId ? await this.attachmentFor(command) : null;

    const message: ConversationMessageEntity = {
      id: randomUUID(),
      conversationId: command.conversationId,
      seq: 0,
      authorType: command.author.type,
      authorId: command.author.id,
      authorName: command.author.name ?? null,
      clientId: command.clientId ?? null,
      body: maskSensitiveText(command.text),
      internal,
      attachmentId: attachment?.id ?? null,
      quickReplies: command.quickReplies ? [...command.quickReplies] : null,
      createdAt: this.clock.now(),
    };
    // A customer writing into a closed conversation opens it again; nobody else may.
    const reopens = command.author.type === 'customer';
    try {
      const rows: { seq: number }[] = await this.dataSource.query(
        `WITH next AS (
           UPDATE conversations
           SET last_seq = last_seq + 1, updated_at = $11::timestamptz, status = 'open',
               closed_at = CASE WHEN status = 'open' THEN closed_at ELSE NULL END
           WHERE id = $2 AND (status = 'open' OR $12::boolean)
             AND ($6::text IS NULL OR NOT EXISTS (
               SELECT 1 FROM conversation_messages m
               WHERE m.conversation_id = $2 AND m.author_type = $3 AND m.author_id IS NOT DISTINCT FROM $4::uuid AND m.client_id = $6))
           RETURNING last_seq)
         INSERT INTO conversation_messages
           (id, conversation_id, seq, author_type, author_id, author_name, client_id, body, internal, attachment_id, quick_replies, created_at)
         SELECT $1::uuid, $2::uuid, last_seq, $3::text, $4::uuid, $5::text, $6::text, $7::text, $8::boolean, $9::uuid, $10::jsonb, $11::timestamptz FROM next
         RETURNING seq`,
        [
          message.id,
          message.conversationId,
          message.authorType,
          message.authorId,
          message.authorName,
          message.clientId,
          message.body,
          message.internal,
          message.attachmentId,
          message.quickReplies ? JSON.stringify(message.quickReplies) : null,
          message.createdAt,
          reopens,
        ],
      );
      if (rows.length === 1) return { message: { ...message, seq: rows[0].seq }, attachment, created: true };
    } catch (error) {
      // The same client id raced itself: the other one won; answer with it below.
      if (!isUniqueViolation(error, 'conversation_messages_client_id')) throw error;
    }
    const earlier = command.clientId ? await this.byClientId(command) : null;
    if (earlier) return { message: earlier, attachment: earlier.attachmentId ? await this.attachmentById(earlier.attachmentId) : null, created: false };
    const conversation = await this.dataSource.getRepository(ConversationEntity).findOneBy({ id: command.conversationId });
    if (!conversation) throw new ConversationNotFoundError();
    throw new ConversationClosedError();
  }

  private async byClientId(command: PostConversationMessageCommand): Promise<ConversationMessageEntity | null> {
    const [row] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM conversation_messages
       WHERE conversation_id = $1 AND author_type = $2 AND author_id IS NOT DISTINCT FROM $3::uuid AND client_id = $4`,
      [command.conversationId, command.author.type, command.author.id, command.clientId],
    );
    return row ?? null;
  }

  /** Only the uploader may send an attachment, and only into the conversation it was uploaded to. */
  private async attachmentFor(command: PostConversationMessageCommand): Promise<ChatAttachmentEntity> {
    const attachment = await this.dataSource.getRepository(ChatAttachmentEntity).findOneBy({
      id: command.attachmentId,
      conversationId: command.conversationId,
    });
    const uploaderType = command.author.type === 'agent' ? 'agent' : 'customer';
    if (!attachment || attachment.uploaderType !== uploaderType || attachment.uploaderId !== command.author.id) throw new AttachmentNotFoundError();
    return attachment;
  }

  private attachmentById(id: string): Promise<ChatAttachmentEntity | null> {
    return this.dataSource.getRepository(ChatAttachmentEntity).findOneBy({ id });
  }
}
