import { FieldProblem, RequestValidationError } from '@okpay/shared';
import { DateTime } from 'luxon';
import { DayRangeQuery } from '../dto/day-range.dto';

/** A year and a day: enough for any report, small enough to stay one cheap query. */
const MAX_RANGE_DAYS = 366;

export interface DayRange {
  readonly from: string;
  readonly to: string;
  readonly timeZone: string;
  /** `from` at 00:00 in the zone. */
  readonly start: Date;
  /** The day after `to` at 00:00 in the zone (exclusive). */
  readonly end: Date;
}

/** Calendar days `from`–`to` (inclusive) in `timeZone`, or a validation problem: not a date, to before from, too long. */
export function parseDayRange(query: DayRangeQuery, timeZone: string): DayRange {
  const from = DateTime.fromISO(query.from, { zone: timeZone });
  const to = DateTime.fromISO(query.to, { zone: timeZone });
  const problems: FieldProblem[] = [];
  if (!from.isValid) problems.push({ field: 'from', code: 'invalid_date', message: 'from is not a calendar date' });
  if (!to.isValid) problems.push({ field: 'to', code: 'invalid_date', message: 'to is not a calendar date' });
  if (from.isValid && to.isValid && to < from) problems.push({ field: 'to', code: 'before_from', message: 'to must not be before from' });
  if (from.isValid && to.isValid && to.diff(from, 'days').days >= MAX_RANGE_DAYS) {
    problems.push({ field: 'to', code: 'range_too_long', message: `the range must be at most ${MAX_RANGE_DAYS} days` });
  }
  if (problems.length > 0) throw new RequestValidationError(problems);
  return { from: query.from, to: query.to, timeZone, start: from.startOf('day').toJSDate(), end: to.plus({ days: 1 }).startOf('day').toJSDate() };
}
