import { Injectable } from '@nestjs/common';
import { Clock } from '@okpay/shared';
import { DataSource, In } from 'typeorm';
import { TicketAudit } from '../audit/ticket-audit';
import { TicketEntity } from '../tickets/ticket.entity';
import { ContactEntity } from './contact.entity';
import { ContactNotFoundError, ContactsNotMergeableError } from './contact.errors';
import { ContactRecord } from './contact.record';

/**
 * Two contacts that are the same person become one: the duplicate's tickets (and with them the
 * chats that became those tickets) move to the survivor, and the duplicate points at it, so mail
 * from its address keeps joining the survivor. A wallet customer's contact can only survive: two
 * customers are never one person here, and the app's "my tickets" follows the customer.
 */
@Injectable()
export class MergeContactsUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: TicketAudit,
    private readonly clock: Clock,
  ) {}

  execute(agentId: string, sourceId: string, targetId: string): Promise<ContactRecord> {
    if (sourceId === targetId) throw new ContactsNotMergeableError('A contact cannot be merged into itself.');
    return this.dataSource.transaction(async (manager) => {
      // Locked in id order, so two opposite merges cannot deadlock.
      const locked = await manager.find(ContactEntity, { where: { id: In([sourceId, targetId]) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      const source = locked.find((c) => c.id === sourceId);
      const target = locked.find((c) => c.id === targetId);
      if (!source || !target) throw new ContactNotFoundError();
      if (source.mergedInto || target.mergedInto) throw new ContactsNotMergeableError('This contact was already merged into another.');
      if (source.customerId) throw new ContactsNotMergeableError("A wallet customer's contact stays: merge the other contact into it.");

      const moved = await manager.find(TicketEntity, { where: { contactId: source.id }, select: { id: true, customerId: true } });
      const now = this.clock.now();
      await manager.update(
        TicketEntity,
        { contactId: source.id },
        { contactId: target.id, ...(target.customerId ? { customerId: target.customerId } : {}), updatedAt: now },
      );
      await manager.update(ContactEntity, { mergedInto: source.id }, { mergedInto: target.id });
      // The address stays with the duplicate (one contact per address), which leads mail to the survivor.
      await manager.update(ContactEntity, { id: target.id }, { name: target.name ?? source.name, phone: target.phone ?? source.phone });
      await manager.update(ContactEntity, { id: source.id }, { mergedInto: target.id, mergedBy: agentId, mergedAt: now });
      for (const ticket of moved) {
        await this.audit.record(manager, ticket.id, { type: 'agent', id: agentId }, 'contact_merged', {
          contactId: { from: source.id, to: target.id },
          ...(target.customerId && ticket.customerId !== target.customerId ? { customerId: { from: ticket.customerId, to: target.customerId } } : {}),
        });
      }
      return manager.findOneByOrFail(ContactEntity, { id: target.id });
    });
  }
}
