import { AttachmentContentType } from '@okpay/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ChatAttachmentRecord } from './chat-attachment.record';

/** A file a customer or an agent uploaded into a conversation; the bytes live in PostgreSQL. */
@Entity('chat_attachments')
export class ChatAttachmentEntity implements ChatAttachmentRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  conversationId!: string;

  @Column('text')
  uploaderType!: 'customer' | 'agent';

  /** Customer, visitor session or agent id. */
  @Column('uuid')
  uploaderId!: string;

  @Column('text')
  fileName!: string;

  @Column('text')
  contentType!: AttachmentContentType;

  @Column('integer')
  size!: number;

  @Column('bytea', { select: false })
  data?: Buffer;

  @Column('timestamptz')
  createdAt!: Date;
}
