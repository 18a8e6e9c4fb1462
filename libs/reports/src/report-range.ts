/**
 * Calendar days in the support calendar's zone, `from` and `to` inclusive, with the instants that
 * bound them: `start` is `from` at 00:00 there, `end` the day after `to` at 00:00 (exclusive).
 */
export interface ReportRange {
  readonly from: string;
  readonly to: string;
  readonly timeZone: string;
  readonly start: Date;
  readonly end: Date;
}
