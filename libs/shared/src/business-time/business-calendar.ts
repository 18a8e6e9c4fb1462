import { endOfNthBusinessDate, instantAfterOpenTime, totalDuration } from './business-duration';
import { addDays, localDateOf, IsoDate } from './calendar-date';
import { CalendarRules, hoursOn } from './calendar-rules';
import { EpochInterval, mergeIntervals, subtractIntervals, withoutHoles } from './epoch-interval';
import { OpenInterval } from './open-interval';
import { instantOfWallTime } from './wall-time-resolution';

/**
 * Forward searches give up after this many consecutive days without open time, and `nextClose`
 * once an open period has lasted this long, answering null instead of looping forever on a
 * calendar that never opens (or never closes).
 */
export const SEARCH_HORIZON_DAYS = 366;
const SEARCH_HORIZON_MS = SEARCH_HORIZON_DAYS * 24 * 60 * 60 * 1000;
/** Dates whose scheduled intervals are remembered (a year and a half): bounds the memory of a long-lived calendar. */
const MEMOIZED_DATES = 550;

/** Two instants, `end` excluded. */
export interface InstantRange {
  readonly start: Date;
  readonly end: Date;
}

/** Body of `GET /business-hours/status`: `closesAt` when open, `opensAt` when closed (each when known). */
export interface BusinessHoursStatus {
  readonly open: boolean;
  readonly timeZone: string;
  readonly opensAt?: Date;
  readonly closesAt?: Date;
}

/**
 * A business-hours calendar. Build it with `parseBusinessCalendar`. All instants in and out are
 * `Date`s; wall-clock times only exist inside, in the calendar's time zone.
 *
 * Which hours apply is decided per date, for the intervals *starting* on that date (see
 * `hoursOn`): a holiday on Friday cancels Friday's 22:00–06:00 shift entirely, including the part
 * after midnight; a holiday on Saturday leaves it alone (it ends Saturday 06:00) and cancels only
 * the intervals starting on Saturday. Closed spans then cut open time out, whoever's it is.
 */
export class BusinessCalendar {
  /**
   * `scheduledIntervalsOn` by date. The rules never change after construction (a new version is a
   * new calendar), and resolving wall-clock times in the zone is most of the cost of every
   * question asked of the calendar (queue admission asks on every handoff).
   */
  private readonly scheduledByDate = new Map<IsoDate, readonly EpochInterval[]>();

  constructor(private readonly rules: CalendarRules) {}

  get timeZone(): string {
    return this.rules.timeZone;
  }

  isOpen(at: Date): boolean {
    const instant = instantOf(at, 'at');
    return !this.openIntervalsFrom(instant, instant + 1).next().done;
  }

  /** The start of the first open period at or after `at` (`at` itself when open); null beyond the horizon. */
  nextOpen(at: Date): Date | null {
    const first = this.openIntervalsFrom(instantOf(at, 'at')).next();
    return first.done ? null : new Date(first.value.start);
  }

  /**
   * When open at `at`: the end of the current open period; when closed: the end of the next one.
   * Touching intervals are one period (Friday 18:00–24:00 + Saturday 00:00–06:00 closes Saturday
   * 06:00). Null when there is no such end within the horizon.
   */
  nextClose(at: Date): Date | null {
    const intervals = this.openIntervalsFrom(instantOf(at, 'at'));
    const first = intervals.next();
    if (first.done) return null;
    const periodStart = first.value.start;
    let periodEnd = first.value.end;
    for (const interval of intervals) {
      if (interval.start > periodEnd) break;
      periodEnd = interval.end;
      if (periodEnd - periodStart > SEARCH_HORIZON_MS) return null;
    }
    return new Date(periodEnd);
  }

  /** The open periods within `[from, to)`, clipped to it, in order, touching ones merged. */
  openPeriods(from: Date, to: Date): InstantRange[] {
    const [start, end] = rangeOf(from, to);
    return mergeIntervals([...this.openIntervalsFrom(start, end)]).map(toInstantRange);
  }

  status(at: Date): BusinessHoursStatus {
    const open = this.isOpen(at);
    const next = open ? this.nextClose(at) : this.nextOpen(at);
    const status: BusinessHoursStatus = { open, timeZone: this.timeZone };
    if (next === null) return status;
    return open ? { ...status, closesAt: next } : { ...status, opensAt: next };
  }

  /** Open time in `[from, to)` in milliseconds, not counting time inside `pauses`. */
  businessDurationBetween(from: Date, to: Date, pauses: readonly InstantRange[] = []): number {
    const [start, end] = rangeOf(from, to);
    return totalDuration(withoutHoles(this.openIntervalsFrom(start, end), pausesOf(pauses)));
  }

  /**
   * The earliest instant by which `durationMs` of open time, not counting `pauses`, has run since
   * `start` (`start` itself for 0). Null when the calendar runs out of open time (horizon).
   */
  addBusinessDuration(start: Date, durationMs: number, pauses: readonly InstantRange[] = []): Date | null {
    if (!Number.isFinite(durationMs) || durationMs < 0) {
      throw new RangeError(`durationMs must be a finite, non-negative number of milliseconds, got ${durationMs}.`);
    }
    const from = instantOf(start, 'start');
    const open = withoutHoles(this.openIntervalsFrom(from), pausesOf(pauses));
    return dateOrNull(instantAfterOpenTime(open, from, durationMs));
  }

  /**
   * The end of the `n`-th business day after the day of `start` ("within 3 business days"): the
   * day of `start` never counts, whatever the time; a business day is a date in the calendar's
   * time zone with open time of its own (intervals starting on it, after overrides and closed
   * spans); the answer is when that date's last open interval ends. Null beyond the horizon.
   */
  addBusinessDays(start: Date, n: number): Date | null {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}.`);
    const from = instantOf(start, 'start');
    const startDate = localDateOf(from, this.timeZone);
    return dateOrNull(endOfNthBusinessDate(this.openIntervalsFrom(from), startDate, n));
  }

  /**
   * Open time from `from` on, as disjoint intervals in order, each tagged with its business date.
   * Walks day by day (never minute by minute). Up to `until` when given; otherwise until
   * `SEARCH_HORIZON_DAYS` days in a row have had no open time.
   */
  private *openIntervalsFrom(from: number, until?: number): Generator<OpenInterval> {
    const lastDate = until === undefined ? undefined : localDateOf(until, this.timeZone);
    // Whatever lies before the cursor was already given out: the next day's interval may overlap.
    let cursor = from;
    let daysWithoutOpenTime = 0;
    // Start a day early: the previous day's overnight shift may still be running at `from`.
    for (
      let date = addDays(localDateOf(from, this.timeZone), -1);
      lastDate === undefined ? daysWithoutOpenTime < SEARCH_HORIZON_DAYS : date <= lastDate;
      date = addDays(date, 1)
    ) {
      let hadOpenTime = false;
      for (const scheduled of this.scheduledIntervalsOn(date)) {
        const start = Math.max(scheduled.start, cursor);
        const end = Math.min(scheduled.end, until ?? Infinity);
        if (start >= end) continue;
        cursor = end;
        for (const piece of subtractIntervals({ start, end, businessDate: date }, this.rules.closedSpans)) {
          hadOpenTime = true;
          yield piece;
        }
      }
      daysWithoutOpenTime = hadOpenTime ? 0 : daysWithoutOpenTime + 1;
    }
  }

  /** The intervals starting on `date` as instants, before closed spans; sorted by start. */
  private scheduledIntervalsOn(date: IsoDate): readonly EpochInterval[] {
    let intervals = this.scheduledByDate.get(date);
    if (!intervals) {
      intervals = hoursOn(this.rules, date)
        .map((hours) => ({
          start: instantOfWallTime(date, hours.startMinute, this.timeZone),
          end: instantOfWallTime(date, hours.endMinute, this.timeZone),
        }))
        .filter((interval) => interval.start < interval.end); // wholly inside a DST gap
      if (this.scheduledByDate.size >= MEMOIZED_DATES) this.scheduledByDate.clear();
      this.scheduledByDate.set(date, intervals);
    }
    return intervals;
  }
}

function instantOf(date: Date, name: string): number {
  const instant = date.getTime();
  if (Number.isNaN(instant)) throw new RangeError(`${name} is an invalid Date.`);
  return instant;
}

function rangeOf(from: Date, to: Date): [number, number] {
  const start = instantOf(from, 'from');
  const end = instantOf(to, 'to');
  if (end < start) throw new RangeError('to must not be before from.');
  return [start, end];
}

function pausesOf(pauses: readonly InstantRange[]): EpochInterval[] {
  return pauses.map((pause, index) => {
    const start = instantOf(pause.start, `pauses[${index}].start`);
    const end = instantOf(pause.end, `pauses[${index}].end`);
    if (end < start) throw new RangeError(`pauses[${index}] ends before it starts.`);
    return { start, end };
  });
}

function toInstantRange(interval: EpochInterval): InstantRange {
  return { start: new Date(interval.start), end: new Date(interval.end) };
}

function dateOrNull(instant: number | null): Date | null {
  return instant === null ? null : new Date(instant);
}
