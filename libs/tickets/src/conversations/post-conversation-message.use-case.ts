import { Injectable } from '@nestjs/common';
import { MAX_MESSAGE_LENGTH, MessageAuthorKind, QuickReply, TicketsErrorCode } from '@okpay/contracts';
import { Batcher, Clock, DomainError, maskSensitiveText } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ChatAttachmentEntity } from './chat-attachment.entity';
import { ConversationMessageEntity } from './conversation-message.entity';
import { ConversationMessageRecord } from './conversation-message.record';
import { insertCustomerTexts, insertMessage, messageByClientId } from './conversation-messages.repository';
import { ConversationEntity } from './conversation.entity';
import { AttachmentNotFoundError, ConversationClosedError, ConversationNotFoundError, EmptyMessageError } from './conversation.errors';
import { ChatAttachmentRecord } from './chat-attachment.record';

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
  readonly message: ConversationMessageRecord;
  readonly attachment: ChatAttachmentRecord | null;
  /** False when the client id was seen before: `message` is the one stored then. */
  readonly created: boolean;
}

export class MessageTooLongError extends DomainError<TicketsErrorCode> {
  constructor() {
    super('message_too_long', `Messages can be at most ${MAX_MESSAGE_LENGTH} characters.`, { maxLength: MAX_MESSAGE_LENGTH });
  }
}

/**
 * Stores a chat message (see conversation-messages.repository for how seq is taken). One round trip
 * on the common path: this runs for every chat message. Customers' plain text messages, the bulk
 * of chat traffic, are batched: those arriving in one turn of the event loop share one statement
 * (and one commit), and each caller is answered only once it is committed.
 */
@Injectable()
export class PostConversationMessageUseCase {
  private readonly customerTexts = new Batcher<ConversationMessageEntity, number | null>((messages) => insertCustomerTexts(this.dataSource, messages), 200);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(command: PostConversationMessageCommand): Promise<PostedConversationMessage> {
    if (command.text.length > MAX_MESSAGE_LENGTH) throw new MessageTooLongError();
    if (command.text.trim() === '' && !command.attachmentId) throw new EmptyMessageError();
    const internal = command.internal ?? false;
    if (internal && command.author.type !== 'agent') throw new DomainError<TicketsErrorCode>('internal_note_not_allowed', 'Only agents write internal notes.');
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
    const seq = batchable ? await this.customerTexts.submit(message) : await insertMessage(this.dataSource, message, reopens);
    if (seq !== null) return { message: { ...message, seq }, attachment, created: true };
    const earlier = command.clientId ? await messageByClientId(this.dataSource, { ...command, clientId: command.clientId }) : null;
    if (earlier) return { message: earlier, attachment: earlier.attachmentId ? await this.attachmentById(earlier.attachmentId) : null, created: false };
    const conversation = await this.dataSource.getRepository(ConversationEntity).findOneBy({ id: command.conversationId });
    if (!conversation) throw new ConversationNotFoundError();
    throw new ConversationClosedError();
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
