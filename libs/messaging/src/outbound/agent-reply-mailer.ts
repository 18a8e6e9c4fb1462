import { Injectable, OnModuleInit } from '@nestjs/common';
import { ContactsRepository, PostedTicketMessage, TicketMessageHooks } from '@okpay/tickets';
import { EntityManager } from 'typeorm';
import { EmailThreadEntity } from '../mail/email-thread.entity';
import { EmailThreads } from '../mail/email-threads';
import { renderAgentReply } from './email-templates';
import { OutboundMail } from './outbound-mail.service';

/** An agent's public reply on an email ticket goes to the customer as a mail in the same thread. */
@Injectable()
export class AgentReplyMailer implements OnModuleInit {
  constructor(
    private readonly hooks: TicketMessageHooks,
    private readonly threads: EmailThreads,
    private readonly outbound: OutboundMail,
    private readonly contacts: ContactsRepository,
  ) {}

  onModuleInit(): void {
    this.hooks.onMessagePosted((manager, posted) => this.mailReply(manager, posted));
  }

  private async mailReply(manager: EntityManager, { ticket, message }: PostedTicketMessage): Promise<void> {
    if (message.authorType !== 'agent' || message.internal || ticket.channel !== 'email') return;
    const thread = (await this.threads.forTicket(manager, ticket.id)) ?? (await this.followUpThread(manager, ticket.id, ticket.followUpOf, ticket.contactId));
    if (!thread) return;
    const reference = `#${ticket.number}`;
    const history = await this.threads.history(manager, ticket.id);
    await this.outbound.queue(manager, {
      kind: 'agent_reply',
      thread,
      ticketMessageId: message.id,
      content: renderAgentReply(thread.locale, reference, ticket.subject, { reference, body: message.body }),
      inReplyTo: history.lastInbound ?? history.references.at(-1) ?? null,
      references: history.references,
    });
  }

  /** A follow-up of an email ticket answers to the same address, in the same language. */
  private async followUpThread(manager: EntityManager, ticketId: string, followUpOf: string | null, contactId: string): Promise<EmailThreadEntity | null> {
    const original = followUpOf ? await this.threads.forTicket(manager, followUpOf) : null;
    const address = original?.address ?? (await this.contacts.findById(manager, contactId))?.email;
    return address ? this.threads.open(manager, ticketId, address, original?.locale ?? 'en') : null;
  }
}
