import { TicketsErrorCode } from '@okpay/contracts';
import { DomainError } from '@okpay/shared';

export class ConversationNotFoundError extends DomainError<TicketsErrorCode> {
  constructor() {
    super('conversation_not_found', 'No such conversation.');
  }
}

export class ConversationClosedError extends DomainError<TicketsErrorCode> {
  constructor() {
    super('conversation_closed', 'This conversation is closed.');
  }
}

export class AttachmentNotFoundError extends DomainError<TicketsErrorCode> {
  constructor() {
    super('attachment_not_found', 'No such attachment in this conversation.');
  }
}

export class UnsupportedAttachmentError extends DomainError<TicketsErrorCode> {
  constructor() {
    super('unsupported_attachment_type', 'Only PNG, JPEG, GIF and WebP images and PDF documents can be sent.');
  }
}

export class AttachmentTooLargeError extends DomainError<TicketsErrorCode> {
  constructor(maxBytes: number) {
    super('attachment_too_large', `Files can be at most ${maxBytes} bytes.`, { maxBytes });
  }
}

export class EmptyMessageError extends DomainError<TicketsErrorCode> {
  constructor() {
    super('empty_message', 'A message needs text or an attachment.');
  }
}

export class CsatNotAllowedError extends DomainError<TicketsErrorCode> {
  constructor() {
    super('csat_not_allowed', 'Ratings are for closed conversations, once.');
  }
}
