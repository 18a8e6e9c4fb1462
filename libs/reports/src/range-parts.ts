import { DateTime } from 'luxon';
import { ReportRange } from './report-range';

/** A range's days as rollups read them: its whole calendar months (their first days), and the days outside them. */
export interface RangeParts {
  readonly months: readonly string[];
  readonly days: readonly string[];
}

export function rangeParts(range: Pick<ReportRange, 'from' | 'to'>): RangeParts {
  const months: string[] = [];
  const days: string[] = [];
  // Plain dates: the days are already the support calendar's, no zone is involved.
  const last = DateTime.fromISO(range.to, { zone: 'utc' });
  let day = DateTime.fromISO(range.from, { zone: 'utc' });
  while (day <= last) {
    if (day.day === 1 && day.endOf('month') <= last.endOf('day')) {
      months.push(day.toISODate() as string);
      day = day.plus({ months: 1 });
    } else {
      days.push(day.toISODate() as string);
      day = day.plus({ days: 1 });
    }
  }
  return { months, days };
}
