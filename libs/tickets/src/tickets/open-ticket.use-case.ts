import { Injectable } from '@nestjs/common';
import { Locale } from '@okpay/contracts';
import { Clock, maskSensitiveText } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { TicketActor } from '../audit/ticket-audit';
import { ContactsRepository } from '../contacts/contacts.repository';
import { SlaAlerts } from '../sla/sla-alerts.service';
import { SlaClock } from '../sla/sla-clock';
import { TicketMessageEntity } from './ticket-message.entity';
import { ContactRequester, TicketRequester } from './ticket-requester';
import { TicketEntity } from './ticket.entity';
import { TicketChannel, TicketPriority, TicketRecord } from './ticket.record';
import { insertOpenedTicket } from './tickets.repository';
import { transactionReferencesIn } from './transaction-references';
import { TicketMessageRecord } from './ticket-message.record';

export interface OpenTicketCommand {
  /** `system`: opened by the platform itself (an expired callback, a chat nobody could take). */
  readonly requester: TicketRequester | ContactRequester | { readonly kind: 'system' };
  readonly subject: string;
  readonly body: string;
  readonly priority?: TicketPriority;
  readonly channel?: TicketChannel;
  /** For an agent opening a ticket on a customer's behalf. */
  readonly customerId?: string;
  /** A closed ticket this one follows up. */
  readonly followUpOf?: string;
  /** The customer's language, for routing to an agent who speaks it. */
  readonly language?: Locale;
  /** For a contact known only by phone (E.164). */
  readonly phone?: string;
  /** The address a requester who is not a wallet customer gave: they join that address's contact, as a mail sender does. */
  readonly email?: string;
  /** The bot's intent id for what the request is about, when it could tell. */
  readonly category?: string;
  /** An existing contact: a follow-up stays with the contact of the ticket it follows. */
  readonly contactId?: string;
  /** A triage job queued in the same transaction may change the priority, and schedules the SLA alerts then. */
  readonly triageLater?: boolean;
}

export interface OpenedTicket {
  readonly ticket: TicketRecord;
  readonly message: TicketMessageRecord;
}

@Injectable()
export class OpenTicketUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sla: SlaClock,
    private readonly alerts: SlaAlerts,
    private readonly contacts: ContactsRepository,
    private readonly clock: Clock,
  ) {}

  execute(command: OpenTicketCommand, manager?: EntityManager): Promise<TicketRecord> {
    return this.openWithMessage(command, manager).then((opened) => opened.ticket);
  }

  /** The same, also answering the ticket's first message (a caller that links to it saves a read). */
  openWithMessage(command: OpenTicketCommand, manager?: EntityManager): Promise<OpenedTicket> {
    const work = async (m: EntityManager): Promise<OpenedTicket> => {
      const now = this.clock.now();
      const requester = command.requester;
      const customerId =
        requester.kind === 'customer' ? requester.id : requester.kind === 'contact' ? requester.customerId : (command.customerId ?? null);
      // A given contact is not read first: the ticket's foreign key refuses one that does not exist.
      // A requester known by no customer and no address gets a new contact, stored with the ticket.
      const givenContactId = requester.kind === 'contact' ? requester.contactId : command.contactId;
      const newContact = !givenContactId && customerId === null && !command.email ? { id: randomUUID(), phone: command.phone ?? null } : undefined;
      const contactId =
        givenContactId ??
        newContact?.id ??
        (customerId === null
          ? await this.contacts.forAddress(m, command.email!.toLowerCase(), null)
          : await this.contacts.forCustomerId(m, customerId)
        ).id;
      const author = authorOf(requester);
      const subject = maskSensitiveText(command.subject);
      const body = maskSensitiveText(command.body);
      const ticket = Object.assign(new TicketEntity(), {
        id: randomUUID(),
        subject,
        status: 'new',
        priority: command.priority ?? 'normal',
        category: command.category ?? null,
        tags: [],
        channel: command.channel ?? 'web',
        language: command.language ?? null,
        groupName: null,
        assigneeAgentId: null,
        contactId,
        customerId,
        transactionRefs: transactionReferencesIn(`${subject} ${body}`),
        followUpOf: command.followUpOf ?? null,
        mergedInto: null,
        slaPauses: [],
        firstRespondedAt: null,
        solvedAt: null,
        closedAt: null,
        createdAt: now,
        updatedAt: now,
      } satisfies Omit<TicketEntity, 'number' | 'firstResponseDueAt' | 'resolutionDueAt'>);
      await this.sla.applyDueTimes(ticket, m);
      const message: TicketMessageEntity = {
        id: randomUUID(),
        ticketId: ticket.id,
        authorType: author.type,
        authorId: author.id,
        body,
        internal: false,
        createdAt: now,
      };
      const changes = {
        subject,
        priority: ticket.priority,
        channel: ticket.channel,
        ...(ticket.followUpOf ? { followUpOf: ticket.followUpOf } : {}),
      };
      ticket.number = await insertOpenedTicket(m, { ticket, message, created: { by: author, changes }, newContact });
      if (!command.triageLater) await this.alerts.schedule(m, ticket);
      return { ticket, message };
    };
    return manager ? work(manager) : this.dataSource.transaction(work);
  }
}

/** A contact writes as the customer (linked to a wallet customer or not). */
export function authorOf(requester: OpenTicketCommand['requester']): TicketActor {
  switch (requester.kind) {
    case 'system':
      return { type: 'system', id: null };
    case 'contact':
      return { type: 'customer', id: requester.customerId };
    default:
      return { type: requester.kind, id: requester.id };
  }
}
