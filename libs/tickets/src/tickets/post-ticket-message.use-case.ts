import { Injectable } from '@nestjs/common';
import { Clock, maskSensitiveText } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { authorOf, OpenTicketUseCase } from './open-ticket.use-case';
import { TicketMessageHooks } from './ticket-message-hooks';
import { TicketMessageEntity } from './ticket-message.entity';
import { appendTicketMessage, lockTicket, TicketMessageChanges } from './tickets.repository';
import { TicketQueries } from './ticket-queries.service';
import { ContactRequester, TicketRequester } from './ticket-requester';
import { TicketEntity } from './ticket.entity';
import { InternalNoteNotAllowedError, TicketChangedError, TicketNotFoundError } from './ticket.errors';
import { transactionReferencesIn } from './transaction-references';
import { TicketRecord } from './ticket.record';
import { TicketMessageRecord } from './ticket-message.record';

export interface PostTicketMessageCommand {
  readonly requester: TicketRequester | ContactRequester;
  readonly ticketId: string;
  readonly body: string;
  readonly internal?: boolean;
  /** The ticket's `updatedAt` when the writer opened it: a later change refuses the message (collision check). */
  readonly seenUpdatedAt?: Date;
}

export interface PostedMessage {
  readonly message: TicketMessageRecord;
  /** The ticket the message landed on: a follow-up when the original was closed. */
  readonly ticket: TicketRecord;
}

/**
 * A reply or an internal note. A customer reply reopens a solved ticket; a message to a closed
 * ticket opens a follow-up linked to it. The first public agent reply stops the first-response clock.
 */
@Injectable()
export class PostTicketMessageUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tickets: TicketQueries,
    private readonly openTicket: OpenTicketUseCase,
    private readonly hooks: TicketMessageHooks,
    private readonly clock: Clock,
  ) {}

  /** Pass `manager` to post inside the caller's transaction. */
  execute(command: PostTicketMessageCommand, manager?: EntityManager): Promise<PostedMessage> {
    const internal = command.internal ?? false;
    if (internal && command.requester.kind !== 'agent') throw new InternalNoteNotAllowedError();
    const body = maskSensitiveText(command.body);
    const work = async (manager: EntityManager): Promise<PostedMessage> => {
      const original = await this.visibleTicket(manager, command.requester, command.ticketId);
      // The row is locked: nothing can change it between this check and the reply.
      if (command.seenUpdatedAt && original.updatedAt.getTime() > command.seenUpdatedAt.getTime()) throw new TicketChangedError(original.updatedAt);
      const actor = authorOf(command.requester);
      const writesAsCustomer = actor.type === 'customer';
      if (original.status === 'closed') {
        const followUp = await this.openTicket.openWithMessage(
          {
            requester: command.requester,
            subject: original.subject,
            body,
            priority: original.priority,
            customerId: original.customerId ?? undefined,
            followUpOf: original.id,
            language: original.language ?? undefined,
            channel: original.channel,
            contactId: original.contactId,
          },
          manager,
        );
        await this.hooks.messagePosted(manager, followUp);
        return followUp;
      }

      const now = this.clock.now();
      const message: TicketMessageEntity = {
        id: randomUUID(),
        ticketId: original.id,
        authorType: actor.type,
        authorId: actor.id,
        body,
        internal,
        createdAt: now,
      };
      const changes: TicketMessageChanges = { updatedAt: now };
      if (writesAsCustomer && original.status === 'solved') changes.status = 'open';
      if (command.requester.kind === 'agent' && !internal) {
        if (!original.firstRespondedAt) changes.firstRespondedAt = now;
        if (original.status === 'new') changes.status = 'open';
      }
      const references = transactionReferencesIn(body).filter((r) => !original.transactionRefs.includes(r));
      if (references.length > 0) changes.transactionRefs = [...original.transactionRefs, ...references];
      await appendTicketMessage(manager, message, changes, {
        by: actor,
        action: internal ? 'note_added' : 'message_added',
        changes: { messageId: message.id, ...(changes.status ? { status: { from: original.status, to: changes.status } } : {}) },
      });
      // The row is locked and these are all the changes: no need to read it back.
      const ticket = Object.assign(original, changes);
      await this.hooks.messagePosted(manager, { ticket, message });
      return { message, ticket };
    };
    return manager ? work(manager) : this.dataSource.transaction(work);
  }

  /** A contact may write only on its own tickets; everyone else as TicketQueries decides. */
  private async visibleTicket(manager: EntityManager, requester: TicketRequester | ContactRequester, ticketId: string): Promise<TicketEntity> {
    if (requester.kind !== 'contact') return this.tickets.visible(manager, requester, ticketId, true);
    const ticket = await lockTicket(manager, ticketId);
    if (!ticket || ticket.contactId !== requester.contactId) throw new TicketNotFoundError();
    return ticket;
  }
}
