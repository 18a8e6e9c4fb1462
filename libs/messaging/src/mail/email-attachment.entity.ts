import { Column, Entity, PrimaryColumn } from 'typeorm';
import { EmailAttachmentRecord } from './email-attachment.record';

/** A file that came with an inbound mail; agents only. */
@Entity('email_attachments')
export class EmailAttachmentEntity implements EmailAttachmentRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  emailId!: string;

  @Column('text')
  filename!: string;

  @Column('text')
  contentType!: string;

  @Column('integer')
  size!: number;

  @Column('bytea', { select: false })
  content?: Buffer;

  @Column('timestamptz')
  createdAt!: Date;
}
