import { BusinessCalendar } from '@okpay/shared';
import { QueueKind } from './support-queue.record';

/**
 * How long a queue's calendar is used without reading it again. Edits made through this process
 * drop the cache at once; this bounds how long another process (a second api or worker) keeps
 * counting on the calendar it read before an edit there.
 */
export const QUEUE_CALENDAR_TTL_MS = 5_000;

interface Entry {
  readonly calendar: BusinessCalendar;
  readonly readAt: number;
}

/**
 * The calendar behind each queue, as last read from the database. Every ticket, SLA timer and
 * acknowledgement asks for it, several times per mail, and it changes only when an admin edits.
 *
 * A read that was under way when the cache was dropped is not kept: it may have seen the
 * calendar from before the edit (the generation tells).
 */
export class QueueCalendarCache {
  private readonly entries = new Map<QueueKind, Entry>();
  private generation = 0;

  /** @param now the current instant in epoch milliseconds (the injected clock, so tests can move it). */
  constructor(private readonly now: () => number) {}

  async get(kind: QueueKind, read: () => Promise<BusinessCalendar>): Promise<BusinessCalendar> {
    const entry = this.entries.get(kind);
    const now = this.now();
    // A clock set back (tests do) counts as expired rather than fresh for ever.
    if (entry && now >= entry.readAt && now - entry.readAt < QUEUE_CALENDAR_TTL_MS) return entry.calendar;
    const generation = this.generation;
    const calendar = await read();
    if (generation === this.generation) this.entries.set(kind, { calendar, readAt: now });
    return calendar;
  }

  /** After a calendar or a queue assignment changed (committed). */
  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }
}
