import { Injectable } from '@nestjs/common';
import { Clock, maskSensitiveText } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TicketAudit } from '../audit/ticket-audit';
import { OpenTicketUseCase } from './open-ticket.use-case';
import { TicketMessageEntity } from './ticket-message.entity';
import { TicketQueries } from './ticket-queries.service';
import { TicketRequester } from './ticket-requester';
import { TicketEntity } from './ticket.entity';
import { InternalNoteNotAllowedError } from './ticket.errors';
import { transactionReferencesIn } from './transaction-references';

export interface PostTicketMessageCommand {
  readonly requester: TicketRequester;
  readonly ticketId: string;
  readonly body: string;
  readonly internal?: boolean;
}

export interface PostedMessage {
  readonly message: TicketMessageEntity;
  /** The ticket the message landed on: a follow-up when the original was closed. */
  readonly ticket: TicketEntity;
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
    private readonly audit: TicketAudit,
    private readonly clock: Clock,
  ) {}

  execute(command: PostTicketMessageCommand): Promise<PostedMessage> {
    const internal = command.internal ?? false;
    if (internal && command.requester.kind !== 'agent') throw new InternalNoteNotAllowedError();
    const body = maskSensitiveText(command.body);
    return this.dataSource.transaction(async (manager) => {
      const original = await this.tickets.visible(manager, command.requester, command.ticketId, true);
      const actor = { type: command.requester.kind, id: command.requester.id };
      if (original.status === 'closed') {
        const followUp = await this.openTicket.execute(
          {
            requester: command.requester,
            subject: original.subject,
            body,
            priority: original.priority,
            customerId: original.customerId ?? undefined,
            followUpOf: original.id,
            language: original.language ?? undefined,
          },
          manager,
        );
        const message = await manager.findOneByOrFail(TicketMessageEntity, { ticketId: followUp.id });
        return { message, ticket: followUp };
      }

      const now = this.clock.now();
      const message: TicketMessageEntity = {
        id: randomUUID(),
        ticketId: original.id,
        authorType: command.requester.kind,
        authorId: command.requester.id,
        body,
        internal,
        createdAt: now,
      };
      await manager.insert(TicketMessageEntity, message);

      const changes: Partial<TicketEntity> = { updatedAt: now };
      if (command.requester.kind === 'customer' && original.status === 'solved') changes.status = 'open';
      if (command.requester.kind === 'agent' && !internal) {
        if (!original.firstRespondedAt) changes.firstRespondedAt = now;
        if (original.status === 'new') changes.status = 'open';
      }
      const references = transactionReferencesIn(body).filter((r) => !original.transactionRefs.includes(r));
      if (references.length > 0) changes.transactionRefs = [...original.transactionRefs, ...references];
      await manager.update(TicketEntity, { id: original.id }, changes);
      await this.audit.record(manager, original.id, actor, internal ? 'note_added' : 'message_added', {
        messageId: message.id,
        ...(changes.status ? { status: { from: original.status, to: changes.status } } : {}),
      });
      return { message, ticket: await manager.findOneByOrFail(TicketEntity, { id: original.id }) };
    });
  }
}
