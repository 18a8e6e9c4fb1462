import { EntityManager } from 'typeorm';

/** Business time for SLA clocks. The app provides it from the routing calendar. */
export abstract class TicketCalendar {
  /**
   * `start` plus `durationMs` of open time, the pauses not counting. Inside a transaction, pass
   * its `manager`: a calendar that must be read then uses that connection, never a second one.
   */
  abstract addBusinessDuration(
    start: Date,
    durationMs: number,
    pauses: readonly { start: Date; end: Date }[],
    manager?: EntityManager,
  ): Promise<Date>;
  /** Open time between two instants, the pauses not counting. */
  abstract businessDurationBetween(from: Date, to: Date, pauses: readonly { start: Date; end: Date }[]): Promise<number>;
  /** The calendar's IANA zone, for telling customers when to expect an answer. */
  abstract timeZone(): Promise<string>;
}
