import { IsoDate } from './calendar-date';
import { EpochInterval } from './epoch-interval';
import { OpenInterval } from './open-interval';

/*
 * Business-time arithmetic over a stream of open intervals (sorted, disjoint, none before the
 * starting instant), as produced by `BusinessCalendar`. Work is per interval, never per minute.
 */

/** Total length of the intervals, in milliseconds. */
export function totalDuration(intervals: Iterable<EpochInterval>): number {
  let total = 0;
  for (const interval of intervals) total += interval.end - interval.start;
  return total;
}

/**
 * The earliest instant by which `durationMs` of open time has passed since `from`: `from` itself for
 * zero, otherwise an instant inside (or at the end of) an open interval — 30 minutes from Friday
 * 17:30 on a 09:00–18:00 calendar is Friday 18:00, not Monday 09:00. Null when the stream ends first.
 */
export function instantAfterOpenTime(
  openIntervals: Iterable<EpochInterval>,
  from: number,
  durationMs: number,
): number | null {
  if (durationMs === 0) return from;
  let remaining = durationMs;
  for (const interval of openIntervals) {
    const length = interval.end - interval.start;
    if (remaining <= length) return interval.start + remaining;
    remaining -= length;
  }
  return null;
}

/**
 * The end of the `n`-th business date after `afterDate`: the end of the last open interval
 * belonging to it. Dates without open time are not business dates. Null when the stream ends first.
 */
export function endOfNthBusinessDate(
  openIntervals: Iterable<OpenInterval>,
  afterDate: IsoDate,
  n: number,
): number | null {
  let businessDatesSeen = 0;
  let currentDate: IsoDate | null = null;
  let endOfCurrentDate: number | null = null;
  for (const interval of openIntervals) {
    if (interval.businessDate <= afterDate) continue;
    if (interval.businessDate !== currentDate) {
      if (businessDatesSeen === n) return endOfCurrentDate;
      businessDatesSeen += 1;
      currentDate = interval.businessDate;
    }
    endOfCurrentDate = interval.end;
  }
  return businessDatesSeen === n ? endOfCurrentDate : null;
}
