import { InboundAttachment } from './inbound-mail';

export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_MAIL = 10;
/** What customers send support: screenshots, statements, receipts. Nothing executable, no archives. */
export const ACCEPTED_ATTACHMENT_TYPES: readonly string[] = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'text/plain',
  'text/csv',
];

export interface AttachmentTriage {
  readonly kept: InboundAttachment[];
  /** One line per refused file, for the agent: name and why. */
  readonly refused: string[];
}

export function triageAttachments(attachments: readonly InboundAttachment[]): AttachmentTriage {
  const kept: InboundAttachment[] = [];
  const refused: string[] = [];
  for (const attachment of attachments) {
    if (!ACCEPTED_ATTACHMENT_TYPES.includes(attachment.contentType)) refused.push(`${attachment.filename}: type ${attachment.contentType} is not accepted`);
    else if (attachment.content.length > MAX_ATTACHMENT_BYTES) refused.push(`${attachment.filename}: larger than ${MAX_ATTACHMENT_BYTES} bytes`);
    else if (kept.length >= MAX_ATTACHMENTS_PER_MAIL) refused.push(`${attachment.filename}: more than ${MAX_ATTACHMENTS_PER_MAIL} attachments`);
    else kept.push(attachment);
  }
  return { kept, refused };
}
