import { DateTime, IANAZone } from 'luxon';
import { FieldProblem } from '../errors/domain-error';
import { BusinessCalendar } from './business-calendar';
import {
  BusinessCalendarDefinition,
  DayHoursDefinition,
  OverrideDefinition,
  Weekday,
  WEEKDAYS,
} from './business-calendar-definition';
import { isIsoDate, isMonthDay } from './calendar-date';
import { applyOnSameDate, DatedRule, DayHours, DayOverrideRule, RecurringRule, WallInterval } from './calendar-rules';
import { EpochInterval, mergeIntervals } from './epoch-interval';
import { END_OF_DAY_MINUTE, MINUTES_PER_DAY, parseWallClockTime } from './wall-clock-time';

/** Stable, part of the public API (REST error bodies). */
export type CalendarProblemCode =
  | 'unknown_time_zone'
  | 'invalid_time'
  | 'empty_interval'
  | 'overlapping_intervals'
  | 'overlapping_overrides'
  | 'invalid_date'
  | 'invalid_range'
  | 'unknown_override_kind';

export interface CalendarFieldProblem extends FieldProblem {
  readonly code: CalendarProblemCode;
}

export type BusinessCalendarParseResult =
  | { readonly ok: true; readonly calendar: BusinessCalendar }
  | { readonly ok: false; readonly problems: readonly CalendarFieldProblem[] };

/**
 * Checks a stored or submitted definition and builds the calendar, or lists every problem found,
 * each with a field path such as `weekly.mon[1].end` or `overrides[2].date`.
 * The definition's shape (types) is assumed; this checks its values.
 */
export function parseBusinessCalendar(definition: BusinessCalendarDefinition): BusinessCalendarParseResult {
  const problems: CalendarFieldProblem[] = [];
  if (!IANAZone.isValidZone(definition.timeZone)) {
    problems.push(problem('timeZone', 'unknown_time_zone', `"${definition.timeZone}" is not an IANA time zone.`));
  }
  const weekly = Object.fromEntries(
    WEEKDAYS.map((day) => [day, parseDayHours(definition.weekly[day] ?? [], `weekly.${day}`, problems)]),
  ) as Record<Weekday, DayHours>;
  const overrides = parseOverrides(definition.overrides ?? [], problems);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    calendar: new BusinessCalendar({
      timeZone: definition.timeZone,
      weekly,
      datedOverrides: overrides.dated.map((entry) => entry.rule),
      recurringOverrides: overrides.recurring.map((entry) => entry.rule),
      closedSpans: mergeIntervals(overrides.closedSpans),
    }),
  };
}

/** The problems `parseBusinessCalendar` would report; empty when the definition is valid. */
export function validateBusinessCalendar(definition: BusinessCalendarDefinition): readonly CalendarFieldProblem[] {
  const result = parseBusinessCalendar(definition);
  return result.ok ? [] : result.problems;
}

function problem(field: string, code: CalendarProblemCode, message: string): CalendarFieldProblem {
  return { field, code, message };
}

/** Valid intervals of the day, sorted by start; problems for the others and for overlaps. */
function parseDayHours(hours: DayHoursDefinition, path: string, problems: CalendarFieldProblem[]): DayHours {
  const parsed: { index: number; interval: WallInterval }[] = [];
  hours.forEach((hour, index) => {
    const interval = parseWallInterval(hour.start, hour.end, `${path}[${index}]`, problems);
    if (interval) parsed.push({ index, interval });
  });
  // Overnight intervals reach past 1440, so one line of minutes catches every overlap within the day.
  parsed.forEach((a, i) => {
    for (const b of parsed.slice(0, i)) {
      if (a.interval.startMinute < b.interval.endMinute && b.interval.startMinute < a.interval.endMinute) {
        problems.push(
          problem(`${path}[${a.index}]`, 'overlapping_intervals', `Overlaps ${path}[${b.index}] on the same day.`),
        );
      }
    }
  });
  return parsed.map((entry) => entry.interval).sort((a, b) => a.startMinute - b.startMinute);
}

function parseWallInterval(
  startText: string,
  endText: string,
  path: string,
  problems: CalendarFieldProblem[],
): WallInterval | null {
  const start = parseWallClockTime(startText);
  const end = parseWallClockTime(endText);
  if (start === null || start === END_OF_DAY_MINUTE) {
    problems.push(problem(`${path}.start`, 'invalid_time', 'A start must be HH:MM from 00:00 to 23:59.'));
  }
  if (end === null) {
    problems.push(problem(`${path}.end`, 'invalid_time', 'An end must be HH:MM from 00:00 to 24:00.'));
  }
  if (start === null || start === END_OF_DAY_MINUTE || end === null) return null;
  if (start === end) {
    problems.push(problem(path, 'empty_interval', 'The end equals the start.'));
    return null;
  }
  // An end before the start is an overnight shift ending the next day.
  return { startMinute: start, endMinute: end > start ? end : end + MINUTES_PER_DAY };
}

interface IndexedRule<T extends DayOverrideRule> {
  readonly index: number;
  readonly rule: T;
}

interface ParsedOverrides {
  readonly dated: IndexedRule<DatedRule>[];
  readonly recurring: IndexedRule<RecurringRule>[];
  readonly closedSpans: EpochInterval[];
}

function parseOverrides(overrides: readonly OverrideDefinition[], problems: CalendarFieldProblem[]): ParsedOverrides {
  const parsed: ParsedOverrides = { dated: [], recurring: [], closedSpans: [] };
  overrides.forEach((override, index) => {
    const path = `overrides[${index}]`;
    if (override.kind === 'closed_span') {
      const span = parseClosedSpan(override.start, override.end, path, problems);
      if (span) parsed.closedSpans.push(span);
      return;
    }
    const rule = parseDayOverride(override, path, problems);
    if (rule?.kind === 'dates') parsed.dated.push({ index, rule });
    else if (rule) parsed.recurring.push({ index, rule });
  });
  refuseOverlaps(parsed.dated, problems);
  refuseOverlaps(parsed.recurring, problems);
  return parsed;
}

function parseDayOverride(
  override: Exclude<OverrideDefinition, { kind: 'closed_span' }>,
  path: string,
  problems: CalendarFieldProblem[],
): DayOverrideRule | null {
  const before = problems.length;
  const hoursOf = (hours: DayHoursDefinition): DayHours => parseDayHours(hours, `${path}.hours`, problems);
  const valid = (): boolean => problems.length === before;
  switch (override.kind) {
    case 'date': {
      const hours = hoursOf(override.hours);
      requireDate(override.date, `${path}.date`, problems);
      return valid() ? { kind: 'dates', from: override.date, to: override.date, hours } : null;
    }
    case 'date_range': {
      const hours = hoursOf(override.hours);
      requireDateRange(override.from, override.to, path, problems);
      return valid() ? { kind: 'dates', from: override.from, to: override.to, hours } : null;
    }
    case 'yearly': {
      const hours = hoursOf(override.hours);
      if (!isMonthDay(override.monthDay)) {
        problems.push(problem(`${path}.monthDay`, 'invalid_date', 'A yearly date must be MM-DD, e.g. 12-25.'));
      }
      return valid() ? { kind: 'yearly', monthDay: override.monthDay, hours } : null;
    }
    case 'weekly': {
      const hours = hoursOf(override.hours);
      if (!WEEKDAYS.includes(override.weekday)) {
        problems.push(problem(`${path}.weekday`, 'invalid_date', `A weekday must be one of ${WEEKDAYS.join(', ')}.`));
      }
      requireDateRange(override.from, override.to, path, problems);
      return valid() ? { kind: 'weekly', weekday: override.weekday, from: override.from, to: override.to, hours } : null;
    }
    default:
      problems.push(problem(`${path}.kind`, 'unknown_override_kind', 'Unknown override kind.'));
      return null;
  }
}

function requireDate(text: string, field: string, problems: CalendarFieldProblem[]): boolean {
  if (isIsoDate(text)) return true;
  problems.push(problem(field, 'invalid_date', 'A date must be YYYY-MM-DD.'));
  return false;
}

function requireDateRange(from: string, to: string, path: string, problems: CalendarFieldProblem[]): void {
  const datesValid = [requireDate(from, `${path}.from`, problems), requireDate(to, `${path}.to`, problems)];
  if (datesValid.every(Boolean) && to < from) {
    problems.push(problem(`${path}.to`, 'invalid_range', 'The range ends before it starts.'));
  }
}

/** ISO 8601 with minutes and an explicit offset: a wall time without one would be ambiguous. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

function parseClosedSpan(
  startText: string,
  endText: string,
  path: string,
  problems: CalendarFieldProblem[],
): EpochInterval | null {
  const start = parseInstant(startText, `${path}.start`, problems);
  const end = parseInstant(endText, `${path}.end`, problems);
  if (start === null || end === null) return null;
  if (end <= start) {
    problems.push(problem(`${path}.end`, 'invalid_range', 'The closed span must end after it starts.'));
    return null;
  }
  return { start, end };
}

function parseInstant(text: string, field: string, problems: CalendarFieldProblem[]): number | null {
  const instant = DateTime.fromISO(text);
  if (ISO_INSTANT.test(text) && instant.isValid) return instant.toMillis();
  problems.push(
    problem(field, 'invalid_date', 'An instant must be ISO 8601 with an offset, e.g. 2027-03-06T01:00+08:00.'),
  );
  return null;
}

/** Two overrides of the same precedence class on one date would leave the winner undefined. */
function refuseOverlaps(rules: readonly IndexedRule<DayOverrideRule>[], problems: CalendarFieldProblem[]): void {
  rules.forEach((a, i) => {
    for (const b of rules.slice(0, i)) {
      if (applyOnSameDate(a.rule, b.rule)) {
        problems.push(
          problem(
            `overrides[${a.index}]`,
            'overlapping_overrides',
            `Applies on a date overrides[${b.index}] also applies on, with the same precedence.`,
          ),
        );
      }
    }
  });
}
