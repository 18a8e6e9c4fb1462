import { DateTime } from 'luxon';
import { Weekday, WEEKDAYS } from './business-calendar-definition';
import { timeZoneNamed } from './time-zone';

/**
 * A calendar date, `YYYY-MM-DD`, as written in definitions. Zero-padded ISO order makes plain
 * string comparison chronological, so dates are compared with `<` and `===`.
 */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_DAY = /^\d{2}-\d{2}$/;
/** A leap year, so that `02-29` is an acceptable yearly date. */
const LEAP_YEAR = 2024;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Date-only arithmetic runs in UTC: it has no DST, so adding a day is always exactly a day and
 * the result depends on nothing but the date itself.
 */
function dateOnly(date: IsoDate): DateTime {
  return DateTime.fromISO(date, { zone: 'utc' });
}

export function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text) && dateOnly(text).isValid;
}

/** `MM-DD` that exists in some year (`02-29` included). */
export function isMonthDay(text: string): boolean {
  return MONTH_DAY.test(text) && isIsoDate(`${LEAP_YEAR}-${text}`);
}

/**
 * Plain epoch arithmetic, not luxon: calendar searches step through every date, and a UTC day is
 * always exactly `DAY_MS` long.
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function weekdayOf(date: IsoDate): Weekday {
  // luxon numbers weekdays 1 (Monday) to 7 (Sunday), the order of WEEKDAYS.
  return WEEKDAYS[dateOnly(date).weekday - 1] as Weekday;
}

/** `MM-DD` of the date. */
export function monthDayOf(date: IsoDate): string {
  return date.slice(5);
}

/** The date on the wall calendar of `timeZone` at `instant` (epoch milliseconds). */
export function localDateOf(instant: number, timeZone: string): IsoDate {
  return DateTime.fromMillis(instant, { zone: timeZoneNamed(timeZone) }).toISODate() as IsoDate;
}
