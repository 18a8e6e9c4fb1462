import { Injectable } from '@nestjs/common';
import { Clock, isUniqueViolation } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SavedTicketViewEntity } from './saved-ticket-view.entity';
import { SavedTicketViewRecord, TicketViewFilters } from './saved-ticket-view.record';
import { TicketViewNameTakenError, TicketViewNotFoundError, TooManyTicketViewsError } from './saved-ticket-view.errors';

/** Enough for any working set of views, small enough that the inbox's menu stays readable. */
export const MAX_VIEWS_PER_AGENT = 30;

/** Each agent's own ticket views; nobody else sees or deletes them. */
@Injectable()
export class SavedTicketViews {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  list(agentId: string): Promise<SavedTicketViewRecord[]> {
    return this.dataSource.getRepository(SavedTicketViewEntity).find({ where: { agentId }, order: { name: 'ASC' } });
  }

  /** The limit is a guard against clutter, not a quota: two saves at the same instant may both pass it. */
  async save(agentId: string, name: string, filters: TicketViewFilters): Promise<SavedTicketViewRecord> {
    const views = this.dataSource.getRepository(SavedTicketViewEntity);
    if ((await views.count({ where: { agentId } })) >= MAX_VIEWS_PER_AGENT) throw new TooManyTicketViewsError(MAX_VIEWS_PER_AGENT);
    try {
      return await views.save({ id: randomUUID(), agentId, name, filters, createdAt: this.clock.now() });
    } catch (error) {
      if (isUniqueViolation(error)) throw new TicketViewNameTakenError();
      throw error;
    }
  }

  async remove(agentId: string, id: string): Promise<void> {
    const result = await this.dataSource.getRepository(SavedTicketViewEntity).delete({ id, agentId });
    if (!result.affected) throw new TicketViewNotFoundError();
  }
}
