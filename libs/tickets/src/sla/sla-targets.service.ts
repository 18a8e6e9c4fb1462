import { Injectable } from '@nestjs/common';
import { EventBus } from '@okpay/database';
import { Clock, RequestValidationError } from '@okpay/shared';
import { DataSource, EntityManager } from 'typeorm';
import { TicketPriority } from '../tickets/ticket.record';

const MINUTE = 60_000;

/** A priority's budgets, in business time on the support calendar. */
export interface SlaTarget {
  readonly priority: TicketPriority;
  readonly firstResponseMinutes: number;
  readonly resolutionMinutes: number;
}

/**
 * SLA targets per priority as admins set them. Read from memory; an edit in any process drops
 * every process's copy (a lost notification is healed by `events.resumed`). A change applies to
 * tickets whose due times are worked out after it (new tickets, and a changed priority or pause).
 */
@Injectable()
export class SlaTargets {
  private loaded?: Promise<ReadonlyMap<TicketPriority, SlaTarget>>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly events: EventBus,
  ) {
    this.events.subscribe('sla-targets.changed', () => this.forget());
    this.events.subscribe('events.resumed', () => this.forget());
  }

  async list(): Promise<SlaTarget[]> {
    return [...(await this.all()).values()];
  }

  /** Budgets in milliseconds. Pass the transaction's `manager` when inside one: a second connection could deadlock the pool. */
  async budgetsFor(priority: TicketPriority, manager?: EntityManager): Promise<{ readonly firstResponseMs: number; readonly resolutionMs: number }> {
    const target = (await this.all(manager)).get(priority);
    if (!target) throw new Error(`no SLA target for priority ${priority}`);
    return { firstResponseMs: target.firstResponseMinutes * MINUTE, resolutionMs: target.resolutionMinutes * MINUTE };
  }

  /** Sets one priority's targets; answers the targets before and after. */
  async change(target: SlaTarget): Promise<{ readonly before: SlaTarget; readonly after: SlaTarget }> {
    if (target.resolutionMinutes < target.firstResponseMinutes) {
      throw new RequestValidationError([{ field: 'resolutionMinutes', code: 'value_out_of_range', message: 'A resolution target cannot be shorter than the first-response target.' }]);
    }
    const before = await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(`SELECT first_response_minutes, resolution_minutes FROM sla_targets WHERE priority = $1 FOR UPDATE`, [target.priority]);
      await manager.query(`UPDATE sla_targets SET first_response_minutes = $2, resolution_minutes = $3, updated_at = $4 WHERE priority = $1`, [
        target.priority,
        target.firstResponseMinutes,
        target.resolutionMinutes,
        this.clock.now(),
      ]);
      return { priority: target.priority, firstResponseMinutes: row.first_response_minutes, resolutionMinutes: row.resolution_minutes };
    });
    this.forget();
    this.events.publishToOthers('sla-targets.changed', {});
    return { before, after: target };
  }

  private forget(): void {
    this.loaded = undefined;
  }

  private all(manager?: EntityManager): Promise<ReadonlyMap<TicketPriority, SlaTarget>> {
    if (!this.loaded) {
      const loading = this.read(manager);
      this.loaded = loading;
      loading.catch(() => {
        if (this.loaded === loading) this.forget();
      });
    }
    return this.loaded;
  }

  private async read(manager?: EntityManager): Promise<ReadonlyMap<TicketPriority, SlaTarget>> {
    const rows: { priority: TicketPriority; first_response_minutes: number; resolution_minutes: number }[] = await (manager ?? this.dataSource).query(
      `SELECT priority, first_response_minutes, resolution_minutes FROM sla_targets ORDER BY first_response_minutes, priority`,
    );
    return new Map(rows.map((r) => [r.priority, { priority: r.priority, firstResponseMinutes: r.first_response_minutes, resolutionMinutes: r.resolution_minutes }]));
  }
}
