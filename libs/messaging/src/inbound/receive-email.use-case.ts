import { Injectable } from '@nestjs/common';
import { Locale } from '@okpay/contracts';
import { Clock, maskSensitiveText } from '@okpay/shared';
import { ContactRequester, OpenTicketUseCase, PostTicketMessageUseCase, TicketAudit } from '@okpay/tickets';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { EmailAddressHealth } from '../addresses/address-health';
import { SupportAddresses } from '../addresses/support-addresses';
import { EmailContacts, EmailSender, KnownSender } from '../contacts/email-contacts';
import { EmailAttachmentEntity } from '../mail/email-attachment.entity';
import { EmailKind } from '../mail/email-message.record';
import { failBouncedEmails, InboundEmailRow, insertInboundEmailOnce } from '../mail/email-messages.repository';
import { EmailThreads, ThreadCandidate, ThreadMethod, ThreadPointers } from '../mail/email-threads';
import { triageAttachments } from './attachment-policy';
import { isDeliveryStatusReport, permanentlyFailedRecipients } from './delivery-status-report';
import { InboundAttachment, InboundMail, messageIdsIn, parseInboundMail } from './inbound-mail';
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

/** Thrown inside a mail's transaction when the same message was stored meanwhile: the work rolls back and the mail is a duplicate. */
class StoredMeanwhile extends Error {}

/** How an inbound mail is stored, beside what the mail itself says. */
interface StoredAs {
  readonly id: string;
  readonly kind: EmailKind;
  readonly fullText: string;
  readonly note: string | null;
  readonly showsDelivering: boolean;
  readonly ticket?: InboundEmailRow['ticket'];
  readonly thread?: InboundEmailRow['thread'];
}

/**
 * One received mail, in one transaction that the 250 follows: stored once (Message-ID plus content
 * hash), then a bounce marks addresses, machine mail is kept but never answered, a reply joins its
 * ticket, and anything else opens a ticket and queues its triage (the bot's classification and the
 * acknowledgement), which runs as a job after the commit. What can be read before the transaction
 * is, side by side (whether the mail is stored already, the threads it points at, the wallet
 * customer and the contact of its sender); the mail's row is written last, with its ticket links
 * and the thread it opens, in one statement: each round trip on this path delays the 250.
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
    const pointers = threadPointers(mail, token);
    if (automated) return this.keepAutomated(mail, envelope, automated, fullText, pointers);

    const [candidates, known] = await Promise.all([
      this.threads.candidatesUnlessStored(this.dataSource.manager, pointers, mail),
      this.contacts.known(mail.fromAddress),
    ]);
    if (candidates === 'stored') return { kind: 'duplicate' };
    try {
      return await this.dataSource.transaction((manager) => this.receiveCustomerMail(manager, mail, envelope, fullText, candidates, known));
    } catch (error) {
      if (error instanceof StoredMeanwhile) return { kind: 'duplicate' };
      throw error;
    }
  }

  private async receiveCustomerMail(
    manager: EntityManager,
    mail: InboundMail,
    envelope: ReceivedEnvelope,
    fullText: string,
    candidates: readonly ThreadCandidate[],
    known: KnownSender,
  ): Promise<InboundOutcome> {
    const emailId = randomUUID();
    const sender = await this.contacts.forSender(manager, mail.fromAddress, mail.fromName, known);
    const requester: ContactRequester = { kind: 'contact', contactId: sender.contact.id, customerId: sender.contact.customerId };
    const body = newReplyText(fullText) || NO_SUBJECT;
    const match = matchOf(candidates, sender);
    const { kept, refused } = triageAttachments(mail.attachments);
    const stored = {
      id: emailId,
      kind: 'customer',
      fullText,
      note: refused.length > 0 ? maskSensitiveText(`attachments refused: ${refused.join('; ')}`) : null,
      showsDelivering: true,
    } as const;

    if (match.ticketId) {
      const posted = await this.postMessage.execute({ requester, ticketId: match.ticketId, body }, manager);
      // A follow-up of a closed ticket: it answers in the same thread of mail.
      const thread = posted.ticket.id === match.ticketId ? undefined : await this.followUpThread(manager, match.ticketId, posted.ticket.id, mail, sender, fullText);
      await this.storeOnceOrRollBack(manager, mail, envelope, { ...stored, ticket: { ticketId: posted.ticket.id, ticketMessageId: posted.message.id }, thread });
      await this.storeAttachments(manager, emailId, kept);
      return { kind: 'appended', ticketId: posted.ticket.id, number: posted.ticket.number };
    }

    const locale = this.localeOf(mail, sender, fullText);
    const { ticket, message } = await this.openTicket.openWithMessage(
      { requester, subject: mail.subject || NO_SUBJECT, body, channel: 'email', language: locale, triageLater: true },
      manager,
    );
    await this.storeOnceOrRollBack(manager, mail, envelope, {
      ...stored,
      ticket: { ticketId: ticket.id, ticketMessageId: message.id },
      thread: this.threads.newThread(ticket.id, mail.fromAddress, locale),
    });
    await this.storeAttachments(manager, emailId, kept);
    if (match.claimed) {
      await this.audit.record(manager, ticket.id, { type: 'system', id: null }, 'email_thread_not_joined', {
        claimedTicketId: match.claimed.ticketId,
        via: match.claimed.via,
        from: mail.fromAddress,
      });
    }
    await this.triage.queue(manager, emailId, mail.fromName);
    return { kind: 'opened', ticketId: ticket.id, number: ticket.number };
  }

  private async followUpThread(
    manager: EntityManager,
    originalId: string,
    followUpId: string,
    mail: InboundMail,
    sender: EmailSender,
    fullText: string,
  ): Promise<InboundEmailRow['thread']> {
    const original = await this.threads.forTicket(manager, originalId);
    return this.threads.newThread(followUpId, mail.fromAddress, original?.locale ?? this.localeOf(mail, sender, fullText));
  }

  /** Machine mail is kept beside the ticket it answers, for the record; the ticket itself does not change. No transaction: one read, one insert. */
  private async keepAutomated(mail: InboundMail, envelope: ReceivedEnvelope, reason: string, fullText: string, pointers: ThreadPointers): Promise<InboundOutcome> {
    const manager = this.dataSource.manager;
    const [first] = await this.threads.candidates(manager, pointers);
    const ticketId = first ? first.threadTicketId : null;
    const stored = await this.storeOnce(manager, mail, envelope, {
      id: randomUUID(),
      kind: 'automated',
      fullText,
      note: reason,
      showsDelivering: false,
      ...(ticketId ? { ticket: { ticketId, ticketMessageId: null } } : {}),
    });
    return stored ? { kind: 'automated', reason, ticketId } : { kind: 'duplicate' };
  }

  /** @returns whether the mail was stored: false when this exact message was stored before. */
  private storeOnce(manager: EntityManager, mail: InboundMail, envelope: ReceivedEnvelope, as: StoredAs): Promise<boolean> {
    return insertInboundEmailOnce(manager, {
      id: as.id,
      kind: as.kind,
      messageId: mail.messageId,
      contentHash: mail.contentHash,
      fromAddress: mail.fromAddress,
      toAddress: envelope.recipients.find((r) => this.addresses.recipient(r)) ?? this.addresses.address,
      subject: maskSensitiveText(mail.subject),
      inReplyTo: mail.inReplyTo,
      references: mail.references,
      fullText: maskSensitiveText(as.fullText),
      safeHtml: mail.html ? maskSensitiveText(safeMailHtml(mail.html)) : null,
      note: as.note,
      receivedAt: this.clock.now(),
      showsDelivering: as.showsDelivering,
      ticket: as.ticket,
      thread: as.thread,
    });
  }

  /** Inside the mail's transaction, whose work so far a second delivery stored meanwhile undoes. */
  private async storeOnceOrRollBack(manager: EntityManager, mail: InboundMail, envelope: ReceivedEnvelope, as: StoredAs): Promise<void> {
    if (!(await this.storeOnce(manager, mail, envelope, as))) throw new StoredMeanwhile();
  }

  private async storeAttachments(manager: EntityManager, emailId: string, kept: readonly InboundAttachment[]): Promise<void> {
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
      const note = failed.map((f) => `${f.address} ${f.status}`).join('; ') || null;
      const stored = await this.storeOnce(manager, mail, envelope, { id: randomUUID(), kind: 'bounce', fullText: mail.text, note, showsDelivering: false });
      if (!stored) return { kind: 'duplicate' } as const;
      for (const recipient of failed) {
        const reason = `${recipient.status}${recipient.diagnostic ? ` ${recipient.diagnostic}` : ''}`;
        await this.health.markBouncing(recipient.address, reason, manager);
        await failBouncedEmails(manager, originals, recipient.address, `bounced: ${reason}`.slice(0, 500));
      }
      return { kind: 'bounce', addresses: failed.map((f) => f.address) } as const;
    });
  }
}

/**
 * Threading, in order: the reply-address token, a stored Message-ID in In-Reply-To/References,
 * the ticket number in the subject. Each joins only when the sender is the ticket's contact.
 */
function matchOf(candidates: readonly ThreadCandidate[], sender: EmailSender): ThreadMatch {
  let claimed: ThreadMatch['claimed'] = null;
  for (const candidate of candidates) {
    if (candidate.contactId === sender.contact.id) return { ticketId: candidate.ticketId, claimed: null };
    claimed ??= { ticketId: candidate.ticketId, via: candidate.via };
  }
  return { ticketId: null, claimed };
}

function threadPointers(mail: InboundMail, token: string | null): ThreadPointers {
  return {
    token,
    messageIds: [...(mail.inReplyTo ? [mail.inReplyTo] : []), ...[...mail.references].reverse()],
    ticketNumber: /\[#(\d{1,15})\]/.exec(mail.subject)?.[1] ?? null,
  };
}
