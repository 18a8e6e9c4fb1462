/** A file that came with an inbound mail; agents only. */
export interface EmailAttachmentRecord {
  readonly id: string;
  readonly emailId: string;
  readonly filename: string;
  readonly contentType: string;
  readonly size: number;
  readonly content?: Buffer;
  readonly createdAt: Date;
}
