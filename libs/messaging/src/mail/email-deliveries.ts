import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EmailAttachmentEntity } from './email-attachment.entity';
import { EmailAttachmentRecord } from './email-attachment.record';
import { EmailDirection, EmailStatus } from './email-message.record';

/** What agents see about the mail behind a ticket message. */
export interface MessageEmail {
  readonly direction: EmailDirection;
  readonly status: EmailStatus;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly sentAt: Date | null;
  readonly from: string;
  readonly to: string;
  /** Inbound only: sanitized HTML and the whole text as received (quotes and signature included). */
  readonly safeHtml: string | null;
  readonly fullText: string | null;
  readonly note: string | null;
  readonly attachments: { readonly id: string; readonly filename: string; readonly contentType: string; readonly size: number }[];
}

/** Email details of a ticket's messages, by ticket message id; for agents only. */
@Injectable()
export class EmailDeliveries {
  constructor(private readonly dataSource: DataSource) {}

  async forTicket(ticketId: string): Promise<Map<string, MessageEmail>> {
    const rows: {
      id: string;
      ticket_message_id: string;
      direction: EmailDirection;
      status: EmailStatus;
      attempts: number;
      last_error: string | null;
      sent_at: Date | null;
      from_address: string;
      to_address: string;
      safe_html: string | null;
      full_text: string | null;
      note: string | null;
    }[] = await this.dataSource.query(
      `SELECT id, ticket_message_id, direction, status, attempts, last_error, sent_at, from_address, to_address, safe_html, full_text, note
       FROM email_messages WHERE ticket_id = $1 AND ticket_message_id IS NOT NULL`,
      [ticketId],
    );
    const attachments = rows.length
      ? await this.dataSource.getRepository(EmailAttachmentEntity).find({ where: rows.map((r) => ({ emailId: r.id })), order: { createdAt: 'ASC' } })
      : [];
    return new Map(
      rows.map((r) => [
        r.ticket_message_id,
        {
          direction: r.direction,
          status: r.status,
          attempts: r.attempts,
          lastError: r.last_error,
          sentAt: r.sent_at ? new Date(r.sent_at) : null,
          from: r.from_address,
          to: r.to_address,
          safeHtml: r.direction === 'inbound' ? r.safe_html : null,
          fullText: r.direction === 'inbound' ? r.full_text : null,
          note: r.note,
          attachments: attachments
            .filter((a) => a.emailId === r.id)
            .map((a) => ({ id: a.id, filename: a.filename, contentType: a.contentType, size: a.size })),
        },
      ]),
    );
  }

  /** An attachment's bytes, for an agent's download. */
  attachment(id: string): Promise<EmailAttachmentRecord | null> {
    return this.dataSource
      .getRepository(EmailAttachmentEntity)
      .createQueryBuilder('a')
      .addSelect('a.content')
      .where('a.id = :id', { id })
      .getOne();
  }
}
