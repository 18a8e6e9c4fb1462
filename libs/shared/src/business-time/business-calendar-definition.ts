/**
 * The stored, editable form of a business-hours calendar: plain JSON (PostgreSQL jsonb, REST
 * bodies). Nothing here is trusted; `parseBusinessCalendar` checks it and turns it into a
 * `BusinessCalendar`.
 *
 * Interval rule used throughout: an interval belongs to the date (or weekday) it *starts* on.
 * `{ start: '22:00', end: '06:00' }` on Friday is Friday's overnight shift, running to Saturday 06:00.
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * Wall-clock interval, `HH:MM`, end excluded. `end` may be `24:00` (midnight ending the day);
 * an `end` before `start` is an overnight shift ending the next day; `end` equal to `start` is refused.
 */
export interface WallClockIntervalDefinition {
  readonly start: string;
  readonly end: string;
}

/** Open intervals of one day. An empty list means closed all day. */
export type DayHoursDefinition = readonly WallClockIntervalDefinition[];

/** Regular hours per weekday; a missing weekday is closed. */
export type WeeklyHoursDefinition = Partial<Readonly<Record<Weekday, DayHoursDefinition>>>;

/** Replaces the hours of one date (`YYYY-MM-DD`). `hours: []` closes it (holiday). */
export interface DateOverrideDefinition {
  readonly kind: 'date';
  readonly date: string;
  readonly hours: DayHoursDefinition;
}

/** Replaces the hours of every date from `from` to `to`, both included. */
export interface DateRangeOverrideDefinition {
  readonly kind: 'date_range';
  readonly from: string;
  readonly to: string;
  readonly hours: DayHoursDefinition;
}

/**
 * Replaces the hours of the same month and day every year (`MM-DD`, e.g. `12-25`).
 * `02-29` applies in leap years only.
 */
export interface YearlyOverrideDefinition {
  readonly kind: 'yearly';
  readonly monthDay: string;
  readonly hours: DayHoursDefinition;
}

/** Replaces the hours of every `weekday` from `from` to `to` (both included), e.g. summer Saturdays. */
export interface WeeklyOverrideDefinition {
  readonly kind: 'weekly';
  readonly weekday: Weekday;
  readonly from: string;
  readonly to: string;
  readonly hours: DayHoursDefinition;
}

/**
 * Closed between two instants whatever the hours say, e.g. a maintenance window
 * `2027-03-06T01:00+08:00` to `2027-03-06T05:00+08:00`. ISO 8601 with an explicit offset or `Z`.
 */
export interface ClosedSpanDefinition {
  readonly kind: 'closed_span';
  readonly start: string;
  readonly end: string;
}

/**
 * Precedence, highest first: dated overrides (`date`, `date_range`) > recurring overrides
 * (`yearly`, `weekly`) > weekly hours. Two overrides of the same class may not apply to the same
 * date. Closed spans are not a precedence class: they are cut out of whatever is open, so they may overlap.
 */
export type OverrideDefinition =
  | DateOverrideDefinition
  | DateRangeOverrideDefinition
  | YearlyOverrideDefinition
  | WeeklyOverrideDefinition
  | ClosedSpanDefinition;

export interface BusinessCalendarDefinition {
  /** IANA time zone, e.g. `Asia/Shanghai`. */
  readonly timeZone: string;
  readonly weekly: WeeklyHoursDefinition;
  readonly overrides?: readonly OverrideDefinition[];
}
