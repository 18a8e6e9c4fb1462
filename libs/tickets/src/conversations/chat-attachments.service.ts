import { Injectable } from '@nestjs/common';
import { MAX_ATTACHMENT_BYTES } from '@okpay/contracts';
import { Clock } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { detectAttachmentType, safeFileName } from './attachment-type';
import { ChatAttachmentEntity } from './chat-attachment.entity';
import { AttachmentNotFoundError, AttachmentTooLargeError, UnsupportedAttachmentError } from './conversation.errors';
import { ChatAttachmentRecord } from './chat-attachment.record';

export interface StoreAttachmentCommand {
  readonly conversationId: string;
  readonly uploader: { readonly type: 'customer' | 'agent'; readonly id: string };
  readonly fileName?: string;
  readonly content: Buffer;
}

/** Files in chats: images and PDFs up to 10 MB, typed by their content. */
@Injectable()
export class ChatAttachments {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async store(command: StoreAttachmentCommand): Promise<ChatAttachmentRecord> {
    if (command.content.length > MAX_ATTACHMENT_BYTES) throw new AttachmentTooLargeError(MAX_ATTACHMENT_BYTES);
    const contentType = detectAttachmentType(command.content);
    if (!contentType) throw new UnsupportedAttachmentError();
    const attachment: ChatAttachmentEntity = {
      id: randomUUID(),
      conversationId: command.conversationId,
      uploaderType: command.uploader.type,
      uploaderId: command.uploader.id,
      fileName: safeFileName(command.fileName, contentType),
      contentType,
      size: command.content.length,
      data: command.content,
      createdAt: this.clock.now(),
    };
    await this.dataSource.getRepository(ChatAttachmentEntity).insert(attachment);
    delete attachment.data;
    return attachment;
  }

  /** With its bytes; only within the conversation the caller may see. */
  async content(conversationId: string, id: string): Promise<ChatAttachmentRecord & { data: Buffer }> {
    const attachment = await this.dataSource
      .getRepository(ChatAttachmentEntity)
      .createQueryBuilder('a')
      .addSelect('a.data')
      .where('a.id = :id AND a.conversationId = :conversationId', { id, conversationId })
      .getOne();
    if (!attachment?.data) throw new AttachmentNotFoundError();
    return attachment as ChatAttachmentEntity & { data: Buffer };
  }

  async inConversations(ids: readonly string[]): Promise<Map<string, ChatAttachmentRecord>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(ChatAttachmentEntity).findBy({ id: In([...ids]) });
    return new Map(rows.map((a) => [a.id, a]));
  }
}
