import { Injectable } from '@nestjs/common';
import { TicketCalendar, TicketRecord } from '@okpay/tickets';
import { EntityManager } from 'typeorm';
import { EmailAddressHealth } from '../addresses/address-health';
import { InboundMail } from '../inbound/inbound-mail';
import { EmailThreadEntity } from '../mail/email-thread.entity';
import { MailTriage } from '../ports/inbound-mail-triage';
import { formatReplyBy, renderAcknowledgement } from './email-templates';
import { OutboundMail } from './outbound-mail.service';

/**
 * "We got it": the ticket number and when a first answer can be expected, which is the
 * ticket's first-response due time (business hours on the support calendar, from the SLA clock).
 * At most one per address a day, so two robots cannot keep each other busy.
 */
@Injectable()
export class Acknowledgements {
  constructor(
    private readonly outbound: OutboundMail,
    private readonly health: EmailAddressHealth,
    private readonly calendar: TicketCalendar,
  ) {}

  /** @returns whether an acknowledgement was queued. */
  async queue(
    manager: EntityManager,
    ticket: TicketRecord,
    thread: EmailThreadEntity,
    mail: Pick<InboundMail, 'fromName' | 'messageId' | 'references'>,
    triage: MailTriage | null,
  ): Promise<boolean> {
    if (!ticket.firstResponseDueAt) return false;
    if (!(await this.health.claimAcknowledgement(manager, thread.address))) return false;
    const content = renderAcknowledgement(thread.locale, {
      name: mail.fromName,
      reference: `#${ticket.number}`,
      subject: ticket.subject,
      replyBy: formatReplyBy(ticket.firstResponseDueAt, await this.calendar.timeZone(), thread.locale),
      ...(triage?.article ? { article: triage.article } : {}),
    });
    await this.outbound.queue(manager, {
      kind: 'acknowledgement',
      thread,
      content,
      inReplyTo: mail.messageId,
      references: [...mail.references, mail.messageId].slice(-20),
    });
    return true;
  }
}
