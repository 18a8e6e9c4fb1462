import { DateTime } from 'luxon';
import { IsoDate } from './calendar-date';
import { timeZoneNamed } from './time-zone';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The instant at which the wall clock of `timeZone` shows `minuteOfDay` minutes after the start of
 * `date` (1440 and beyond run into the following day: `24:00`, or the end of an overnight shift).
 *
 * Daylight saving rules, so that every boundary maps to exactly one instant:
 * - Skipped hour (spring forward, e.g. New York 2027-03-14 02:00–03:00 does not exist): a boundary
 *   inside the gap moves forward to the first valid instant after it, 02:30 → 03:00 EDT. An
 *   interval lying wholly inside the gap becomes empty.
 * - Repeated hour (fall back, e.g. New York 2027-11-07 01:00–02:00 happens twice): a boundary
 *   inside it takes the earlier instant, 01:30 → 01:30 EDT (05:30Z), not EST.
 * These keep the mapping monotonic: a later wall time never gives an earlier instant, so a valid
 * interval never turns inside out.
 */
export function instantOfWallTime(date: IsoDate, minuteOfDay: number, timeZone: string): number {
  // The wall time to find, held as a naive date-time: UTC here only means "no time zone".
  const wallTime = DateTime.fromISO(date, { zone: 'utc' }).plus({ minutes: minuteOfDay });
  const candidate = DateTime.fromObject(
    { year: wallTime.year, month: wallTime.month, day: wallTime.day, hour: wallTime.hour, minute: wallTime.minute },
    { zone: timeZoneNamed(timeZone) },
  );
  if (naiveWallTimeAt(candidate.toMillis(), timeZone) !== wallTime.toMillis()) {
    // luxon pushed a wall time inside a gap past it (02:30 → 03:30); we want the end of the gap.
    return firstInstantShowingAtLeast(wallTime.toMillis(), candidate.toMillis(), timeZone);
  }
  return Math.min(...candidate.getPossibleOffsets().map((possible) => possible.toMillis()));
}

/** The wall clock of `timeZone` at `instant`, as a naive date-time in epoch milliseconds. */
function naiveWallTimeAt(instant: number, timeZone: string): number {
  return DateTime.fromMillis(instant, { zone: timeZoneNamed(timeZone) }).setZone('utc', { keepLocalTime: true }).toMillis();
}

/**
 * Binary search for the first instant whose wall clock shows `naiveWallTime` or later, knowing that
 * `after` already does and that a day earlier it did not (no gap lasts longer than a day). Only
 * called for wall times inside a gap, so it costs a few dozen look-ups twice a year at most.
 */
function firstInstantShowingAtLeast(naiveWallTime: number, after: number, timeZone: string): number {
  let before = after - DAY_MS;
  let atOrAfter = after;
  while (atOrAfter - before > 1) {
    const middle = Math.floor((before + atOrAfter) / 2);
    if (naiveWallTimeAt(middle, timeZone) >= naiveWallTime) atOrAfter = middle;
    else before = middle;
  }
  return atOrAfter;
}
