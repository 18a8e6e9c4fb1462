import { TicketsErrorCode } from '@okpay/contracts';
import { Injectable } from '@nestjs/common';
import { Clock, DomainError } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TicketAudit } from '../audit/ticket-audit';
import { TicketMessageEntity } from './ticket-message.entity';
import { TicketQueries } from './ticket-queries.service';
import { TicketEntity } from './ticket.entity';
import { TicketClosedError } from './ticket.errors';
import { TicketRecord } from './ticket.record';

export class TicketsNotMergeableError extends DomainError<TicketsErrorCode> {
  constructor(reason: string) {
    super('tickets_not_mergeable', reason);
  }
}

/**
 * Merges a duplicate into another ticket of the same customer: its messages move over, tags and
 * transaction references are joined, and the duplicate closes pointing at the survivor.
 */
@Injectable()
export class MergeTicketsUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tickets: TicketQueries,
    private readonly audit: TicketAudit,
    private readonly clock: Clock,
  ) {}

  execute(agentId: string, sourceId: string, targetId: string): Promise<TicketRecord> {
    if (sourceId === targetId) throw new TicketsNotMergeableError('A ticket cannot be merged into itself.');
    return this.dataSource.transaction(async (manager) => {
      const agent = { kind: 'agent' as const, id: agentId };
      // Locked in id order, so two opposite merges cannot deadlock.
      const [first, second] = [sourceId, targetId].sort();
      const locked = new Map([
        [first, await this.tickets.visible(manager, agent, first, true)],
        [second, await this.tickets.visible(manager, agent, second, true)],
      ]);
      const source = locked.get(sourceId)!;
      const target = locked.get(targetId)!;
      if (source.status === 'closed' || target.status === 'closed') throw new TicketClosedError();
      if (!source.customerId || source.customerId !== target.customerId) {
        throw new TicketsNotMergeableError('Only tickets of the same customer can be merged.');
      }

      const now = this.clock.now();
      await manager.update(TicketMessageEntity, { ticketId: source.id }, { ticketId: target.id });
      await manager.insert(TicketMessageEntity, {
        id: randomUUID(),
        ticketId: target.id,
        authorType: 'agent',
        authorId: agentId,
        body: `Merged from #${source.number}: ${source.subject}`,
        internal: true,
        createdAt: now,
      });
      await manager.update(
        TicketEntity,
        { id: target.id },
        {
          tags: [...new Set([...target.tags, ...source.tags])].sort(),
          transactionRefs: [...new Set([...target.transactionRefs, ...source.transactionRefs])],
          updatedAt: now,
        },
      );
      await manager.update(TicketEntity, { id: source.id }, { status: 'closed', closedAt: now, mergedInto: target.id, updatedAt: now });
      await this.audit.record(manager, source.id, { type: 'agent', id: agentId }, 'merged', { into: target.id, status: { from: source.status, to: 'closed' } });
      await this.audit.record(manager, target.id, { type: 'agent', id: agentId }, 'merged', { from: source.id });
      return manager.findOneByOrFail(TicketEntity, { id: target.id });
    });
  }
}
