import { Injectable } from '@nestjs/common';
import { Locale } from '@okpay/contracts';
import { Clock, maskSensitiveText } from '@okpay/shared';
import { ContactRequester, OpenTicketUseCase, PostTicketMessageUseCase, TicketAudit } from '@okpay/tickets';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { EmailAddressHealth } from '../addresses/address-health';
import { SupportAddresses } from '../addresses/support-addresses';
import { EmailContacts, EmailSender } from '../contacts/email-contacts';
import { EmailAttachmentEntity } from '../mail/email-attachment.entity';
import { EmailKind } from '../mail/email-message.record';
import { failBouncedEmails, insertInboundEmailOnce, linkEmailToTicket, noteOnEmail } from '../mail/email-messages.repository';
import { EmailThreads, ThreadMethod, ThreadPointers } from '../mail/email-threads';
import { triageAttachments } from './attachment-policy';
import { isDeliveryStatusReport, permanentlyFailedRecipients } from './delivery-status-report';
import { InboundMail, messageIdsIn, parseInboundMail } from './inbound-mail';
import { automatedMailReason } from './loop-guard';
import { localeOfMail } from './mail-locale';
import { NewMailTriage } from './new-mail-triage';
import { newReplyText } from './reply-text';
import { safeMailHtml, textOfHtml } from './safe-html';

export interface ReceivedEnvelope {
  /** `MAIL FROM`; an empty string for the null return path `<>`. */
  readonly sender: string;
  readonly recipients: readonly string[];
}

export type InboundOutcome =
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'bounce'; readonly addresses: string[] }
  | { readonly kind: 'automated'; readonly reason: string; readonly ticketId: string | null }
  | { readonly kind: 'opened'; readonly ticketId: string; readonly number: number }
  | { readonly kind: 'appended'; readonly ticketId: string; readonly number: number };

interface ThreadMatch {
  /** The ticket the mail continues, when its sender is that ticket's contact. */
  readonly ticketId: string | null;
  /** A thread the mail points at but whose contact is someone else: it does not join it. */
  readonly claimed: { readonly ticketId: string; readonly via: ThreadMethod } | null;
}

const NO_SUBJECT = '(no subject)';

/**
 * One received mail, in one transaction that the 250 follows: stored once (Message-ID plus content
 * hash), then a bounce marks addresses, machine mail is kept but never answered, a reply joins its
 * ticket, and anything else opens a ticket and queues its triage (the bot's classification and the
 * acknowledgement), which runs as a job after the commit.
 */
@Injectable()
export class ReceiveEmailUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly addresses: SupportAddresses,
    private readonly contacts: EmailContacts,
    private readonly threads: EmailThreads,
    private readonly health: EmailAddressHealth,
    private readonly openTicket: OpenTicketUseCase,
    private readonly postMessage: PostTicketMessageUseCase,
    private readonly triage: NewMailTriage,
    private readonly audit: TicketAudit,
    private readonly clock: Clock,
  ) {}

  async execute(raw: Buffer, envelope: ReceivedEnvelope): Promise<InboundOutcome> {
    const mail = await parseInboundMail(raw, envelope.sender);
    const token = envelope.recipients.map((r) => this.addresses.recipient(r)?.token).find((t) => t) ?? null;
    if (isDeliveryStatusReport(mail.headers)) return this.bounce(mail, envelope);
    const automated = automatedMailReason(mail.headers, envelope.sender, mail.fromAddress);
    const fullText = mail.text.trim() !== '' ? mail.text : mail.html ? textOfHtml(mail.html) : '';

    return this.dataSource.transaction(async (manager) => {
      const emailId = await this.storeOnce(manager, mail, envelope, automated ? 'automated' : 'customer', fullText, automated, !automated);
      if (!emailId) return { kind: 'duplicate' } as const;
      if (automated) {
        // Kept beside the ticket it answers, for the record; the ticket itself does not change.
        const ticketId = await this.anyThreadTicket(manager, mail, token);
        if (ticketId) await linkEmailToTicket(manager, emailId, ticketId, null);
        return { kind: 'automated', reason: automated, ticketId } as const;
      }

      const sender = await this.contacts.forSender(manager, mail.fromAddress, mail.fromName);
      const requester: ContactRequester = { kind: 'contact', contactId: sender.contact.id, customerId: sender.contact.customerId };
      const body = newReplyText(fullText) || NO_SUBJECT;
      const match = await this.match(manager, mail, token, sender);
      await this.storeAttachments(manager, emailId, mail);

      if (match.ticketId) {
        const posted = await this.postMessage.execute({ requester, ticketId: match.ticketId, body }, manager);
        if (posted.ticket.id !== match.ticketId) {
          // A follow-up of a closed ticket: it answers in the same thread of mail.
          const original = await this.threads.forTicket(manager, match.ticketId);
          await this.threads.open(manager, posted.ticket.id, mail.fromAddress, original?.locale ?? this.localeOf(mail, sender, fullText));
        }
        await linkEmailToTicket(manager, emailId, posted.ticket.id, posted.message.id);
        return { kind: 'appended', ticketId: posted.ticket.id, number: posted.ticket.number } as const;
      }

      const locale = this.localeOf(mail, sender, fullText);
      const { ticket, message } = await this.openTicket.openWithMessage(
        { requester, subject: mail.subject || NO_SUBJECT, body, channel: 'email', language: locale, triageLater: true },
        manager,
      );
      await this.threads.open(manager, ticket.id, mail.fromAddress, locale);
      await linkEmailToTicket(manager, emailId, ticket.id, message.id);
      if (match.claimed) {
        await this.audit.record(manager, ticket.id, { type: 'system', id: null }, 'email_thread_not_joined', {
          claimedTicketId: match.claimed.ticketId,
          via: match.claimed.via,
          from: mail.fromAddress,
        });
      }
      await this.triage.queue(manager, emailId, mail.fromName);
      return { kind: 'opened', ticketId: ticket.id, number: ticket.number } as const;
    });
  }

  /** @returns the new row's id, or `null` when this exact message was stored before. */
  private async storeOnce(
    manager: EntityManager,
    mail: InboundMail,
    envelope: ReceivedEnvelope,
    kind: EmailKind,
    fullText: string,
    note: string | null,
    showsDelivering: boolean,
  ): Promise<string | null> {
    return insertInboundEmailOnce(manager, {
      kind,
      messageId: mail.messageId,
      contentHash: mail.contentHash,
      fromAddress: mail.fromAddress,
      toAddress: envelope.recipients.find((r) => this.addresses.recipient(r)) ?? this.addresses.address,
      subject: maskSensitiveText(mail.subject),
      inReplyTo: mail.inReplyTo,
      references: mail.references,
      fullText: maskSensitiveText(fullText),
      safeHtml: mail.html ? maskSensitiveText(safeMailHtml(mail.html)) : null,
      note,
      receivedAt: this.clock.now(),
      showsDelivering,
    });
  }

  private async storeAttachments(manager: EntityManager, emailId: string, mail: InboundMail): Promise<void> {
    const { kept, refused } = triageAttachments(mail.attachments);
    for (const attachment of kept) {
      await manager.insert(EmailAttachmentEntity, {
        id: randomUUID(),
        emailId,
        // File names are typed by the sender like any text.
        filename: maskSensitiveText(attachment.filename).slice(0, 255),
        contentType: attachment.contentType,
        size: attachment.content.length,
        content: attachment.content,
        createdAt: this.clock.now(),
      });
    }
    if (refused.length > 0) await noteOnEmail(manager, emailId, maskSensitiveText(`attachments refused: ${refused.join('; ')}`));
  }

  /**
   * Threading, in order: the reply-address token, a stored Message-ID in In-Reply-To/References,
   * the ticket number in the subject. Each joins only when the sender is the ticket's contact.
   */
  private async match(manager: EntityManager, mail: InboundMail, token: string | null, sender: EmailSender): Promise<ThreadMatch> {
    let claimed: ThreadMatch['claimed'] = null;
    for (const candidate of await this.threads.candidates(manager, threadPointers(mail, token))) {
      if (candidate.contactId === sender.contact.id) return { ticketId: candidate.ticketId, claimed: null };
      claimed ??= { ticketId: candidate.ticketId, via: candidate.via };
    }
    return { ticketId: null, claimed };
  }

  private async anyThreadTicket(manager: EntityManager, mail: InboundMail, token: string | null): Promise<string | null> {
    const [first] = await this.threads.candidates(manager, threadPointers(mail, token));
    return first ? first.threadTicketId : null;
  }

  private localeOf(mail: InboundMail, sender: EmailSender, text: string): Locale {
    return sender.customer?.locale ?? localeOfMail(mail.subject, text);
  }

  /** A DSN: permanently failed recipients are marked bouncing, and the mail that bounced shows it. */
  private async bounce(mail: InboundMail, envelope: ReceivedEnvelope): Promise<InboundOutcome> {
    const reports = mail.attachments.filter((a) => a.contentType === 'message/delivery-status').map((a) => a.content.toString('utf8'));
    const failed = reports.flatMap(permanentlyFailedRecipients);
    const originals = mail.attachments
      .filter((a) => a.contentType === 'text/rfc822-headers' || a.contentType === 'message/rfc822')
      .flatMap((a) => messageIdsIn(/^message-id:\s*(.+)$/im.exec(a.content.toString('utf8'))?.[1]));
    return this.dataSource.transaction(async (manager) => {
      const emailId = await this.storeOnce(manager, mail, envelope, 'bounce', mail.text, failed.map((f) => `${f.address} ${f.status}`).join('; ') || null, false);
      if (!emailId) return { kind: 'duplicate' } as const;
      for (const recipient of failed) {
        const reason = `${recipient.status}${recipient.diagnostic ? ` ${recipient.diagnostic}` : ''}`;
        await this.health.markBouncing(recipient.address, reason, manager);
        await failBouncedEmails(manager, originals, recipient.address, `bounced: ${reason}`.slice(0, 500));
      }
      return { kind: 'bounce', addresses: failed.map((f) => f.address) } as const;
    });
  }
}

function threadPointers(mail: InboundMail, token: string | null): ThreadPointers {
  return {
    token,
    messageIds: [...(mail.inReplyTo ? [mail.inReplyTo] : []), ...[...mail.references].reverse()],
    ticketNumber: /\[#(\d{1,15})\]/.exec(mail.subject)?.[1] ?? null,
  };
}
