import { Weekday } from './business-calendar-definition';
import { addDays, IsoDate, monthDayOf, weekdayOf } from './calendar-date';
import { EpochInterval } from './epoch-interval';

/**
 * A validated wall-clock interval in minutes after the start of the date it belongs to (the date
 * it starts on). `endMinute` is after `startMinute` and beyond 1440 for an overnight shift.
 */
export interface WallInterval {
  readonly startMinute: number;
  readonly endMinute: number;
}

/** A day's open intervals, sorted by start. Empty: closed all day. */
export type DayHours = readonly WallInterval[];

/** `date` and `date_range` overrides: a single date is a range of one day. */
export interface DatedRule {
  readonly kind: 'dates';
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly hours: DayHours;
}

export interface YearlyRule {
  readonly kind: 'yearly';
  readonly monthDay: string;
  readonly hours: DayHours;
}

export interface WeeklyRule {
  readonly kind: 'weekly';
  readonly weekday: Weekday;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly hours: DayHours;
}

export type RecurringRule = YearlyRule | WeeklyRule;
export type DayOverrideRule = DatedRule | RecurringRule;

/** A calendar after validation: what `BusinessCalendar` computes with. */
export interface CalendarRules {
  readonly timeZone: string;
  readonly weekly: Readonly<Record<Weekday, DayHours>>;
  readonly datedOverrides: readonly DatedRule[];
  readonly recurringOverrides: readonly RecurringRule[];
  /** Sorted and merged. */
  readonly closedSpans: readonly EpochInterval[];
}

/** The hours of the intervals that start on `date`: dated override > recurring override > weekly hours. */
export function hoursOn(rules: CalendarRules, date: IsoDate): DayHours {
  const override =
    rules.datedOverrides.find((rule) => appliesOn(rule, date)) ??
    rules.recurringOverrides.find((rule) => appliesOn(rule, date));
  return override?.hours ?? rules.weekly[weekdayOf(date)];
}

export function appliesOn(rule: DayOverrideRule, date: IsoDate): boolean {
  switch (rule.kind) {
    case 'dates':
      return rule.from <= date && date <= rule.to;
    case 'yearly':
      return monthDayOf(date) === rule.monthDay;
    case 'weekly':
      return rule.from <= date && date <= rule.to && weekdayOf(date) === rule.weekday;
  }
}

/** Whether some date exists on which both rules apply, i.e. which one wins would be ambiguous. */
export function applyOnSameDate(a: DayOverrideRule, b: DayOverrideRule): boolean {
  if (a.kind !== 'yearly') return appliesOnAnyDateOf(b, a);
  if (b.kind !== 'yearly') return appliesOnAnyDateOf(a, b);
  return a.monthDay === b.monthDay;
}

/** Walks the dates of the bounded rule (a range, or a week at a time) and asks the other rule. */
function appliesOnAnyDateOf(rule: DayOverrideRule, bounded: DatedRule | WeeklyRule): boolean {
  for (const date of datesOf(bounded)) if (appliesOn(rule, date)) return true;
  return false;
}

/** Every date a bounded rule applies on, in order. */
function* datesOf(rule: DatedRule | WeeklyRule): Generator<IsoDate> {
  if (rule.kind === 'dates') {
    for (let date = rule.from; date <= rule.to; date = addDays(date, 1)) yield date;
    return;
  }
  // Weekly rules: step a week at a time from the first matching weekday.
  let date = rule.from;
  while (date <= rule.to && weekdayOf(date) !== rule.weekday) date = addDays(date, 1);
  for (; date <= rule.to; date = addDays(date, 7)) yield date;
}

