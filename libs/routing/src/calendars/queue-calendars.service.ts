import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  BusinessCalendar,
  BusinessCalendarDefinition,
  Clock,
  isUniqueViolation,
  parseBusinessCalendar,
  RequestValidationError,
} from '@okpay/shared';
import { EventBus } from '@okpay/database';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { BusinessCalendarEntity } from './business-calendar.entity';
import { CalendarNameTakenError, CalendarNotFoundError } from './calendar.errors';
import { QueueCalendarCache } from './queue-calendar-cache';
import { SupportQueueEntity } from './support-queue.entity';
import { QueueKind, SupportQueueRecord } from './support-queue.record';
import { BusinessCalendarRecord } from './business-calendar.record';

/**
 * Calendars as admins edit them, and the calendar behind each queue. The one source for
 * whether a queue is open, when a callback may be dialled and how business days count.
 */
@Injectable()
export class QueueCalendars {
  /**
   * The parsed calendar by id, at its latest version seen: a definition is parsed once per
   * change, and what a parsed calendar has worked out (its days' hours) serves until the next one.
   */
  private readonly parsed = new Map<string, { readonly version: number; readonly calendar: BusinessCalendar }>();
  private readonly byQueue: QueueCalendarCache;

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(BusinessCalendarEntity) private readonly calendars: Repository<BusinessCalendarEntity>,
    private readonly clock: Clock,
    private readonly events: EventBus,
  ) {
    this.byQueue = new QueueCalendarCache(() => this.clock.now().getTime());
    // Edits made by other processes; `QUEUE_CALENDAR_TTL_MS` bounds the staleness should a notification be lost.
    this.events.subscribe('calendars.changed', () => this.byQueue.clear());
    this.events.subscribe('events.resumed', () => this.byQueue.clear());
  }

  /** From memory for a few seconds at a time (see `QUEUE_CALENDAR_TTL_MS`); edits in any process show at once. */
  forQueue(kind: QueueKind, manager?: EntityManager): Promise<BusinessCalendar> {
    return this.byQueue.get(kind, async () => {
      // Inside a transaction, through its own connection: waiting for a second one while holding locks can deadlock the pool.
      const [row] = await (manager ?? this.dataSource).query(
        `SELECT c.id, c.version, c.definition FROM support_queues q JOIN business_calendars c ON c.id = q.calendar_id WHERE q.kind = $1`,
        [kind],
      );
      return this.toCalendar(row.id, row.version, row.definition);
    });
  }

  list(): Promise<BusinessCalendarRecord[]> {
    return this.calendars.find({ order: { name: 'ASC' } });
  }

  async get(id: string): Promise<BusinessCalendarRecord> {
    const calendar = await this.calendars.findOneBy({ id });
    if (!calendar) throw new CalendarNotFoundError();
    return calendar;
  }

  queues(): Promise<SupportQueueRecord[]> {
    return this.dataSource.getRepository(SupportQueueEntity).find({ order: { kind: 'ASC' } });
  }

  async create(name: string, definition: BusinessCalendarDefinition): Promise<BusinessCalendarRecord> {
    assertValid(definition);
    const calendar: BusinessCalendarEntity = { id: randomUUID(), name, definition, version: 1, updatedAt: this.clock.now() };
    try {
      await this.calendars.insert(calendar);
    } catch (error) {
      if (isUniqueViolation(error)) throw new CalendarNameTakenError();
      throw error;
    }
    return calendar;
  }

  /** Replaces the definition; an invalid one changes nothing. */
  async replaceDefinition(id: string, definition: BusinessCalendarDefinition): Promise<BusinessCalendarRecord> {
    assertValid(definition);
    const [rows] = await this.dataSource.query(
      `UPDATE business_calendars SET definition = $2, version = version + 1, updated_at = $3 WHERE id = $1 RETURNING id`,
      [id, JSON.stringify(definition), this.clock.now()],
    );
    if (rows.length === 0) throw new CalendarNotFoundError();
    this.changed();
    return this.get(id);
  }

  async assignToQueue(kind: QueueKind, calendarId: string): Promise<void> {
    await this.get(calendarId);
    await this.dataSource.getRepository(SupportQueueEntity).update({ kind }, { calendarId });
    this.changed();
  }

  /** Dropped here at once, before the caller hears back; everyone else hears it on the event bus. */
  private changed(): void {
    this.byQueue.clear();
    this.events.publish('calendars.changed', {});
  }

  private toCalendar(id: string, version: number, definition: BusinessCalendarDefinition): BusinessCalendar {
    const known = this.parsed.get(id);
    if (known?.version === version) return known.calendar;
    const result = parseBusinessCalendar(definition);
    // Stored definitions were validated on the way in; failing here means the data was edited by hand.
    if (!result.ok) throw new Error(`stored calendar ${id} is invalid: ${JSON.stringify(result.problems)}`);
    this.parsed.set(id, { version, calendar: result.calendar });
    return result.calendar;
  }
}

function assertValid(definition: BusinessCalendarDefinition): void {
  const result = parseBusinessCalendar(definition);
  if (!result.ok) throw new RequestValidationError(result.problems.map((p) => ({ ...p, field: `definition.${p.field}` })));
}
