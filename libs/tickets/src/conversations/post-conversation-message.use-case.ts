import { Injectable } from '@nestjs/common';
import { MAX_MESSAGE_LENGTH, MessageAuthorKind, QuickReply } from '@okpay/contracts';
import { Batcher, Clock, DomainError, isUniqueViolation, maskSensitiveText } from '@okpay/shared';
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
 * common path: this runs for every chat message. Customers' plain text messages, the bulk of
 * chat traffic, are batched: those arriving in one turn of the event loop share one statement
 * (and one commit), and each caller is answered only once it is committed.
 */
@Injectable()
export class PostConversationMessageUseCase {
  private readonly customerTexts = new Batcher<ConversationMessageEntity, number | null>((messages) => this.insertCustomerTexts(messages), 200);

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
    const batchable = reopens && message.clientId !== null && !message.attachmentId && !message.quickReplies;
    const seq = batchable ? await this.customerTexts.submit(message) : await this.insertOne(message, reopens);
    if (seq !== null) return { message: { ...message, seq }, attachment, created: true };
    const earlier = command.clientId ? await this.byClientId(command) : null;
    if (earlier) return { message: earlier, attachment: earlier.attachmentId ? await this.attachmentById(earlier.attachmentId) : null, created: false };
    const conversation = await this.dataSource.getRepository(ConversationEntity).findOneBy({ id: command.conversationId });
    if (!conversation) throw new ConversationNotFoundError();
    throw new ConversationClosedError();
  }

  /** @returns the stored seq, or null when nothing was stored (a known client id, a closed or missing conversation). */
  private async insertOne(message: ConversationMessageEntity, reopens: boolean): Promise<number | null> {
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
      return rows.length === 1 ? rows[0].seq : null;
    } catch (error) {
      // The same client id raced itself: the other one won; the caller answers with it.
      if (!isUniqueViolation(error, 'conversation_messages_client_id')) throw error;
      return null;
    }
  }

  /**
   * Customers' text messages with a client id, many conversations at once, as `insertOne` would
   * store each: per conversation, the counter moves by the number of new messages and they take
   * the seqs in submission order. The conversations are locked in id order, so two batches never
   * deadlock. A message whose client id is known is left out (null). Should the statement fail
   * (the same client id twice, or racing another writer), each message is stored on its own.
   */
  private async insertCustomerTexts(messages: readonly ConversationMessageEntity[]): Promise<(number | null)[]> {
    let rows: { id: string; seq: number }[];
    try {
      rows = await this.dataSource.query(
        `WITH input AS (
           SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::timestamptz[])
             WITH ORDINALITY AS i(id, conversation_id, author_id, author_name, client_id, body, created_at, ord)),
         fresh AS (
           SELECT i.* FROM input i
           WHERE NOT EXISTS (
             SELECT 1 FROM conversation_messages m
             WHERE m.conversation_id = i.conversation_id AND m.author_type = 'customer'
               AND m.author_id IS NOT DISTINCT FROM i.author_id AND m.client_id = i.client_id)),
         counts AS (SELECT conversation_id, count(*)::int AS n, max(created_at) AS at FROM fresh GROUP BY conversation_id),
         locked AS (SELECT id FROM conversations WHERE id IN (SELECT conversation_id FROM counts) ORDER BY id FOR UPDATE),
         next AS (
           UPDATE conversations c
           SET last_seq = c.last_seq + counts.n, updated_at = counts.at, status = 'open',
               closed_at = CASE WHEN c.status = 'open' THEN c.closed_at ELSE NULL END
           FROM counts
           WHERE c.id = counts.conversation_id AND c.id IN (SELECT id FROM locked)
           RETURNING c.id, c.last_seq - counts.n AS before)
         INSERT INTO conversation_messages
           (id, conversation_id, seq, author_type, author_id, author_name, client_id, body, internal, attachment_id, quick_replies, created_at)
         SELECT f.id, f.conversation_id, next.before + row_number() OVER (PARTITION BY f.conversation_id ORDER BY f.ord),
                'customer', f.author_id, f.author_name, f.client_id, f.body, false, NULL, NULL, f.created_at
         FROM fresh f JOIN next ON next.id = f.conversation_id
         RETURNING id, seq`,
        [
          messages.map((m) => m.id),
          messages.map((m) => m.conversationId),
          messages.map((m) => m.authorId),
          messages.map((m) => m.authorName),
          messages.map((m) => m.clientId),
          messages.map((m) => m.body),
          messages.map((m) => m.createdAt),
        ],
      );
    } catch {
      const seqs: (number | null)[] = [];
      // One at a time, so messages to one conversation keep their order.
      for (const message of messages) seqs.push(await this.insertOne(message, true));
      return seqs;
    }
    const seqById = new Map(rows.map((row) => [row.id, row.seq]));
    return messages.map((m) => seqById.get(m.id) ?? null);
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
