import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TicketRecord } from './ticket.record';
import { TicketChange, UpdateTicketUseCase } from './update-ticket.use-case';

/**
 * One change to many tickets, all or nothing: one transaction, so an unknown or closed ticket
 * among them leaves every one as it was. Each ticket is audited as if changed alone.
 */
@Injectable()
export class BulkUpdateTicketsUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly update: UpdateTicketUseCase,
  ) {}

  execute(agentId: string, ticketIds: readonly string[], change: TicketChange): Promise<TicketRecord[]> {
    // Locked in id order, so two bulk changes over overlapping tickets queue instead of deadlocking.
    const ids = [...new Set(ticketIds.map((id) => id.toLowerCase()))].sort();
    return this.dataSource.transaction(async (manager) => {
      const changed: TicketRecord[] = [];
      for (const id of ids) changed.push(await this.update.applyIn(manager, agentId, id, change));
      return changed;
    });
  }
}
