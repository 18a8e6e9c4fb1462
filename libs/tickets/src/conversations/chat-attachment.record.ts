import { AttachmentContentType } from '@okpay/contracts';

/** A file a customer or an agent uploaded into a conversation; the bytes live in PostgreSQL. */
export interface ChatAttachmentRecord {
  readonly id: string;
  readonly conversationId: string;
  readonly uploaderType: 'customer' | 'agent';
  /** Customer, visitor session or agent id. */
  readonly uploaderId: string;
  readonly fileName: string;
  readonly contentType: AttachmentContentType;
  readonly size: number;
  readonly data?: Buffer;
  readonly createdAt: Date;
}
